import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { personFileJsonSchema } from '../modules/person-file/person-file-schema.js';
import { getSchema } from './build-schema.js';

/**
 * Writes apps/api/schema.graphql, the contract other departments read, and
 * docs/person-file.schema.json, the published format of a whole file's person.json, derived from
 * the same schema (`pnpm codegen`). With --check, fails when a committed file differs from what
 * the resolvers define.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const header = '# The Hòa Nhập GraphQL contract. Generated from the resolvers by `pnpm codegen`: do not edit.\n\n';
const schema = await getSchema();
const outputs = [
  {
    file: path.resolve(here, '../../schema.graphql'),
    text: `${header}${printSchema(lexicographicSortSchema(schema))}\n`,
  },
  {
    file: path.resolve(here, '../../../../docs/person-file.schema.json'),
    text: `${JSON.stringify(personFileJsonSchema(schema), null, 2)}\n`,
  },
];

const stale = outputs.filter((o) => process.argv.includes('--check') && readFileSync(o.file, 'utf8') !== o.text);
if (process.argv.includes('--check')) {
  for (const o of stale)
    console.error(`${path.basename(o.file)} is out of date: run \`pnpm codegen\` and commit the result`);
  if (stale.length > 0) process.exit(1);
  console.log('schema.graphql and person-file.schema.json are up to date');
} else {
  for (const o of outputs) writeFileSync(o.file, o.text);
  console.log('wrote apps/api/schema.graphql and docs/person-file.schema.json');
}
