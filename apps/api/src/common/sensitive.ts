import type { GraphQLField, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';
import { createMethodMiddlewareDecorator, Extensions } from 'type-graphql';
import type { RequestContext } from '../context.js';
import { canSeeSensitiveFor } from './access.js';

export interface SensitiveOptions<Root> {
  /** The person whose data the field shows. */
  person: (root: Root) => string;
  /** What the field answers when the caller may not see it: null for a value, [] for a list. */
  hidden: null | [];
  /** False for data derived from a sensitive record (the expungement forecast): hidden like it, not audited as a read of it. */
  audited?: boolean;
  /** Who may see it whatever their role (the helper who wrote a contact's notes). */
  alsoVisibleTo?: (root: Root, ctx: RequestContext) => boolean;
}

/**
 * Marks a field resolver as sensitive (convictions, penalties, obligations, incidents, citizen ID,
 * contact notes): the resolver runs only for a caller who may see this person's sensitive data
 * (`canSeeSensitiveFor`: the officer, or a live purpose-bound reveal), and the read is audited under
 * the field's name. Anyone else gets `hidden`, and the response says `extensions.SENSITIVE_HIDDEN`
 * so the page can offer to state a purpose. The field carries `extensions.sensitive` in the schema
 * (not printed), which `sensitiveFieldsAsked` reads.
 */
export function Sensitive<Root>(options: SensitiveOptions<Root>): MethodDecorator {
  const audited = options.audited !== false;
  const middleware = createMethodMiddlewareDecorator<RequestContext>(async ({ root, context, info }, next) => {
    if (options.alsoVisibleTo?.(root as Root, context)) return next();
    // A field this request wrote, in the write's answer: the write's audit row already names it.
    const id = (root as { id?: unknown } | undefined)?.id;
    const ownWrite = typeof id === 'string' && context.disclosure.written.get(id)?.has(info.fieldName) === true;
    const field = audited && !ownWrite ? info.fieldName : undefined;
    const visible = await canSeeSensitiveFor(context, options.person(root as Root), { field });
    return visible ? next() : options.hidden;
  });
  const mark = Extensions({ sensitive: audited });
  return (target, key, descriptor) => {
    mark(target, key, descriptor);
    middleware(target, key, descriptor);
  };
}

/**
 * The names of the sensitive fields (marked by `@Sensitive`) a query asks for below the field being
 * resolved, fragments and aliases resolved: what opening a case file will disclose.
 */
export function sensitiveFieldsAsked(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const walk = (tree: ResolveTree) => {
    for (const [typeName, fields] of Object.entries(tree.fieldsByTypeName)) {
      // Duck-typed: graphql's own type guards fail across its ESM and CommonJS copies.
      const type = info.schema.getType(typeName) as {
        getFields?: () => Record<string, GraphQLField<unknown, unknown>>;
      };
      const definitions = type?.getFields?.() ?? {};
      for (const field of Object.values(fields)) {
        if (definitions[field.name]?.extensions?.sensitive === true) names.add(field.name);
        walk(field);
      }
    }
  };
  const tree = parseResolveInfo(info) as ResolveTree | null;
  if (tree) walk(tree);
  return [...names].sort();
}
