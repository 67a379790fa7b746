// Prints the gzip size of the JavaScript a first visit downloads (the entry script and the chunks
// its page preloads) and fails above the budget, so heavy imports get noticed before users do.
// Two entries, two budgets: the desktop app (index.html) and the helper's phone app (m/index.html,
// its first screen on a phone's data plan).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const ENTRIES = [
  { name: 'desktop', html: 'index.html', budgetKb: Number(process.env.INITIAL_JS_BUDGET_KB ?? 170) },
  { name: 'phone', html: 'm/index.html', budgetKb: Number(process.env.PHONE_JS_BUDGET_KB ?? 150) },
];

let over = false;
for (const { name, html, budgetKb } of ENTRIES) {
  const page = path.join(dist, html);
  if (!existsSync(page)) {
    console.error(`${html} is missing: run \`pnpm build\` first.`);
    process.exit(1);
  }
  const text = await readFile(page, 'utf8');
  const files = [...text.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map(
    (m) => m[1],
  );
  let total = 0;
  for (const file of new Set(files)) {
    const size = gzipSync(await readFile(path.join(dist, file))).length;
    total += size;
    console.log(`${(size / 1024).toFixed(1).padStart(7)} KB  ${file}`);
  }
  console.log(`${(total / 1024).toFixed(1).padStart(7)} KB  ${name} initial JS (gzip), budget ${budgetKb} KB\n`);
  if (total / 1024 > budgetKb) {
    console.error(`The ${name} app's initial JavaScript is over budget: load the new code lazily.`);
    over = true;
  }
}
if (over) process.exit(1);
