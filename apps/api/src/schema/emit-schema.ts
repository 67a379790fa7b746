import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { getSchema } from './build-schema.js';

/**
 * Writes apps/api/schema.graphql, the contract other departments read (`pnpm codegen`).
 * With --check, fails when the committed file differs from what the resolvers define.
 */
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
const header = '# The Hòa Nhập GraphQL contract. Generated from the resolvers by `pnpm codegen`: do not edit.\n\n';
const sdl = `${header}${printSchema(lexicographicSortSchema(await getSchema()))}\n`;

if (process.argv.includes('--check')) {
  const committed = readFileSync(file, 'utf8');
  if (committed !== sdl) {
    console.error('apps/api/schema.graphql is out of date: run `pnpm codegen` and commit the result');
    process.exit(1);
  }
  console.log('schema.graphql is up to date');
} else {
  writeFileSync(file, sdl);
  console.log('wrote apps/api/schema.graphql');
}
