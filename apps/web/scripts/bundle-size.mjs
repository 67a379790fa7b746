// Prints the gzip size of the JavaScript a first visit downloads (the entry script and the chunks
// index.html preloads) and fails above the budget, so heavy imports get noticed before users do.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.INITIAL_JS_BUDGET_KB ?? 170);
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = await readFile(path.join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map(
  (m) => m[1],
);

let total = 0;
for (const file of new Set(files)) {
  const size = gzipSync(await readFile(path.join(dist, file))).length;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  initial JS (gzip), budget ${BUDGET_KB} KB`);
if (total / 1024 > BUDGET_KB) {
  console.error('Initial JavaScript is over budget: load the new code lazily.');
  process.exit(1);
}
