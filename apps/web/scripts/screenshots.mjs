// Takes the screenshots in docs/screenshots with the demo data:
//   node apps/web/scripts/screenshots.mjs                                   starts the built API itself, on free ports
//   BASE_URL=http://localhost:4000 node apps/web/scripts/screenshots.mjs    uses a server already running
// Uses Debian's Chromium through playwright-core (CHROMIUM_PATH overrides /usr/bin/chromium).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startApiServer } from './api-server.mjs';

const server = process.env.BASE_URL ? undefined : await startApiServer();
const base = process.env.BASE_URL ?? server.baseUrl;
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/screenshots');
const profile = mkdtempSync(path.join(os.tmpdir(), 'hoanhap-shots-'));

const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
});
const page = browser.pages()[0] ?? (await browser.newPage());

async function shot(name, url, waitFor) {
  await page.goto(`${base}${url}`);
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

async function signIn(email) {
  await browser.clearCookies();
  await page.goto(`${base}/login`);
  await page.fill('input[type="email"], input[name="email"]', email);
  await page.fill('input[type="password"]', 'hoanhap-demo-2024');
  await page.keyboard.press('Enter');
  await page.waitForURL(/dashboard/);
}

/** The href of the first link matching `selector` on `url`. */
async function firstLink(url, selector) {
  await page.goto(`${base}${url}`);
  await page.waitForSelector(selector, { timeout: 15_000 });
  return page.getAttribute(selector, 'href');
}

try {
  await shot('login', '/login', 'input[type="password"]');
  await signIn('congan.lamha@hoanhap.local');
  await shot('dashboard', '/dashboard?returnedSince=2020-01-01&asOf=2024-04-25', '[data-testid="returned-total"]');
  await shot('returnees', '/returnees', 'a[href^="/returnees/"]');
  const first = await page.getAttribute('a[href^="/returnees/"]', 'href');
  if (first) await shot('returnee', `${first}?tab=timeline`, 'h1, h2');
  await shot('tasks', '/tasks', 'main');
  await shot('model', '/model', 'main');
  await shot(
    'print-report',
    '/reports/statistics/print?returnedSince=2020-01-01&asOf=2024-04-25',
    'main, article, body',
  );
  await shot('employers', '/employers', '[data-testid="employer-row"]');
  const decision = await firstLink('/model', 'a[href^="/print/committees/"]');
  if (decision) await shot('print-decision', decision, 'article');
  const pledge = await firstLink('/pledges', 'a[href^="/pledges/"]:not([href*="scoreboard"])');
  if (pledge) await shot('pledge', pledge, 'main');

  // The command palette over the people list, finding a name typed without diacritics.
  await page.goto(`${base}/returnees`);
  await page.waitForSelector('a[href^="/returnees/"]');
  await page.keyboard.press('Control+K');
  await page.fill('[data-testid="palette-search"]', 'nguyen van');
  await page.waitForSelector('[data-testid="palette-person"]');
  await page.screenshot({ path: path.join(out, 'palette.png') });
  console.log('docs/screenshots/palette.png');

  await signIn('admin@hoanhap.local');
  await shot('holidays', '/admin/holidays?year=2025', 'table');
  await shot('units', '/admin/units', 'main');
  await signIn('kiemtra.haiphong@hoanhap.local');
  await shot('audit', '/audit', 'main');
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
  await server?.stop();
}
