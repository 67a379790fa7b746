import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, visit } from 'graphql';
import { badInput } from '../common/errors.js';
import type { RequestContext } from '../context.js';

/**
 * PostgreSQL text cannot hold U+0000: a NUL byte reaching a statement fails it ("invalid byte
 * sequence"), which would surface as an internal error. Refusing it here, once for every String
 * (or ID, or custom scalar) input, in literals and in variables, keeps that a clear BAD_USER_INPUT
 * before any resolver runs.
 */
export function inputGuard(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variable = findNulInValue(request.variables ?? {}, 'variables');
          const literal = variable ? undefined : findNulInLiterals(document);
          const where = variable ?? literal;
          if (where) {
            const error = badInput(where, 'INVALID_CHARACTER');
            error.extensions.http = { status: 400 };
            throw error;
          }
        },
      };
    },
  };
}

function findNulInValue(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = findNulInValue(item, `${path}.${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return `${path}.${key.replaceAll('\u0000', '')}`;
      const found = findNulInValue(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

function findNulInLiterals(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    StringValue(node, _key, _parent, _path, ancestors) {
      if (found || !node.value.includes('\u0000')) return;
      const argument = [...ancestors].reverse().find((a) => !Array.isArray(a) && 'kind' in a && a.kind === 'Argument');
      found = argument && 'name' in argument && argument.name ? argument.name.value : 'query';
    },
  });
  return found;
}
