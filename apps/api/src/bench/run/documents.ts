import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DocumentNode, print } from 'graphql';
import { REPO_ROOT } from '../../config.js';

/** The web app's generated operations: exactly what the SPA sends (Apollo adds only `__typename`). */
const GENERATED = path.join(REPO_ROOT, 'apps/web/src/gql/graphql.ts');

/** The text of the web's operation `name` (e.g. `Returnees`), fragments included, as graphql-js prints it. */
export function webDocument(name: string): string {
  const source = readFileSync(GENERATED, 'utf8');
  const match = new RegExp(`^export const ${name}Document = (\\{.*\\}) as unknown as DocumentNode`, 'm').exec(source);
  if (!match?.[1]) throw new Error(`No ${name}Document in ${GENERATED}: run \`pnpm --filter @hoanhap/web codegen\``);
  return print(JSON.parse(match[1]) as DocumentNode);
}

/**
 * Documents no client of ours sends, which the server must refuse before any SQL: nesting past
 * the depth limit, more aliases than allowed, and a page size that blows the cost limit.
 */
export const ABUSIVE_DOCUMENTS: readonly string[] = [
  `query Deep { me { unit { parent { parent { parent { parent { parent { parent { parent { parent { parent { id } } } } } } } } } } } }`,
  `query Aliases { ${Array.from({ length: 60 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
  `query Huge { returnees(first: 100000) { edges { node { id fullName helpers { id organisation { id name } } } } } }`,
];
