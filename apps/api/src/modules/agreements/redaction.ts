import { REDACTABLE_FIELDS } from '@hoanhap/shared';
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  responsePathAsArray,
} from 'graphql';
import type { RequestContext } from '../../context.js';

type Resolver = GraphQLFieldResolver<unknown, RequestContext>;

function objectType(schema: GraphQLSchema, name: string): GraphQLObjectType {
  const type = schema.getType(name) as GraphQLObjectType | undefined;
  if (!type?.getFields) throw new Error(`redaction: no object type ${name} in the schema`);
  return type;
}

/**
 * Wraps, once, each field of the catalogue (REDACTABLE_FIELDS): for a key whose agreement redacts
 * it, the field answers null without running its resolver (nothing read, nothing disclosed) and
 * the response path is noted for `extensions.redacted`. Wrapping the schema's field, not a
 * resolver, covers every path that reaches it: aliases, fragments, nested lists. Data minimisation
 * under the agreement's purpose: Decree 13/2023/NĐ-CP art. 3; Law 91/2025/QH15.
 *
 * Also notes each person (`Returnee`) a key's request resolves, for the agreement's usage report.
 */
export function applyAgreementRedaction(schema: GraphQLSchema): GraphQLSchema {
  for (const name of Object.keys(REDACTABLE_FIELDS)) {
    const [typeName = '', fieldName = ''] = name.split('.');
    const field = objectType(schema, typeName).getFields()[fieldName];
    if (!field) throw new Error(`redaction: no field ${name} in the schema`);
    // Only nullable fields are redactable: null must stay a valid answer (duck-typed: graphql's
    // type guards fail across its ESM and CommonJS copies).
    if (String(field.type).endsWith('!')) throw new Error(`redaction: ${name} is not nullable`);
    const resolve: Resolver = field.resolve ?? defaultFieldResolver;
    field.resolve = (root, args, ctx, info) => {
      const agreement = ctx.actor?.agreement;
      if (agreement?.redactedFields.includes(name)) {
        ctx.disclosure.redacted.push({ path: responsePathAsArray(info.path), field: name });
        return null;
      }
      return resolve(root, args, ctx, info);
    };
  }
  for (const field of Object.values(objectType(schema, 'Returnee').getFields())) {
    const resolve: Resolver = field.resolve ?? defaultFieldResolver;
    field.resolve = (root, args, ctx, info) => {
      const id = (root as { id?: unknown }).id;
      if (ctx.actor?.agreement && typeof id === 'string') ctx.disclosure.people.add(id);
      return resolve(root, args, ctx, info);
    };
  }
  return schema;
}
