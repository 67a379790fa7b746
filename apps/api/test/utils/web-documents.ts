import { readFileSync } from 'node:fs';
import { type DocumentNode, print } from 'graphql';

const GENERATED = new URL('../../../web/src/gql/graphql.ts', import.meta.url);

/**
 * The text the web app sends for one of its operations (`Returnees`, `ReturneeDetail`), read from
 * its generated documents, so a test measures the page's real query with every fragment it spreads.
 */
export function webDocument(operation: string): string {
  const source = readFileSync(GENERATED, 'utf8');
  const head = `export const ${operation}Document = `;
  const start = source.indexOf(head);
  if (start < 0) throw new Error(`the web app has no ${operation} document`);
  const end = source.indexOf(' as unknown as DocumentNode', start);
  return print(JSON.parse(source.slice(start + head.length, end)) as DocumentNode);
}
