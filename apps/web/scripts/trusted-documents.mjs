// Writes dist/trusted-documents.json: the SHA-256 (hex) of every operation document the web app
// was built with (src/gql/graphql.ts, generated from src/**/*.graphql). In production the API
// refuses any browser operation whose hash is not listed (apps/api/src/security/trusted-documents.ts).
// The normal form must match the API's: graphql-js `print` of the document without unaliased
// `__typename` fields (Apollo Client's cache adds those before sending).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, print, visit } from 'graphql';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const generated = await readFile(path.join(root, 'src/gql/graphql.ts'), 'utf8');

/** Each `export const XDocument = {…} as unknown as DocumentNode<…>` holds the document as JSON. */
const documents = [...generated.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)].map(
  ([, name, json]) => ({ name, document: JSON.parse(json) }),
);
if (documents.length === 0) throw new Error('No documents found in src/gql/graphql.ts: run `pnpm codegen` first.');

const normalise = (document) =>
  print(
    visit(document, {
      [Kind.FIELD]: (node) => (node.name.value === '__typename' && !node.alias ? null : undefined),
    }),
  );
const hashes = [
  ...new Set(documents.map(({ document }) => createHash('sha256').update(normalise(document)).digest('hex'))),
].sort();

await mkdir(path.join(root, 'dist'), { recursive: true });
await writeFile(path.join(root, 'dist/trusted-documents.json'), `${JSON.stringify(hashes, null, 2)}\n`);
console.log(`trusted-documents.json: ${hashes.length} operation documents`);
