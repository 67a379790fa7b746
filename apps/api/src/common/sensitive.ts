import { createMethodMiddlewareDecorator } from 'type-graphql';
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
 * (`canSeeSensitiveFor`: the officer, or a live purpose-bound reveal), and the read is audited.
 * Anyone else gets `hidden`, and the response says `extensions.SENSITIVE_HIDDEN` so the page can
 * offer to state a purpose. The resolver itself then only reads.
 */
export function Sensitive<Root>(options: SensitiveOptions<Root>): MethodDecorator {
  return createMethodMiddlewareDecorator<RequestContext>(async ({ root, context }, next) => {
    if (options.alsoVisibleTo?.(root as Root, context)) return next();
    const visible = await canSeeSensitiveFor(context, options.person(root as Root), { audited: options.audited });
    return visible ? next() : options.hidden;
  });
}
