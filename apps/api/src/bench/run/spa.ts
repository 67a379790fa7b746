import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { BenchTarget } from './target.js';

/** Milliseconds from the user's action to the answer on screen, median of the tries. */
export interface SpaTimings {
  /** Click on "Người tái hòa nhập" in the menu → the first page's rows shown (ward officer). */
  list: number;
  /** The search request sent (after the box's 350 ms debounce) → the matching rows shown. */
  search: number;
  /** Click on a person in the list → their file's name shown. */
  caseFile: number;
  /** Click on "Tổng quan" → the city's figures shown (city viewer). */
  cityDashboard: number;
}

export const SPA_TARGETS_MS: SpaTimings = { list: 300, search: 300, caseFile: 500, cityDashboard: 1000 };

const TRIES = 5;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function signIn(page: Page, url: string, email: string, password: string): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user-summary').first().waitFor();
}

/** Times `act` until `shown` resolves; a fresh load of the start page before each try empties Apollo's cache. */
async function timed(act: () => Promise<unknown>, shown: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await act();
  await shown();
  return performance.now() - started;
}

/** The page's document, in a function run by the browser (this package is compiled without the DOM's types). */
type BrowserDocument = { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }> };

/** Runs one step of the measurement, naming it in the error when it fails (which screen did not come). */
async function step<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message.split('\n')[0]}`);
  }
}

const menu = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name });

/**
 * The SPA at scale, in Debian's Chromium (CHROMIUM_PATH): the built app served by the product, on the
 * data measured, as the ward's officer and the city's viewer. Each figure is the median of five
 * tries, each from a fresh page load so that nothing comes from the client's cache.
 */
export async function measureSpa(url: string, target: BenchTarget): Promise<SpaTimings> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'hoanhap-bench-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    await signIn(page, url, target.wardOfficer.email, target.password);
    const rows = page.getByTestId('returnee-row');
    const tries = { list: [] as number[], search: [] as number[], caseFile: [] as number[] };
    for (let i = 0; i < TRIES; i += 1) {
      await page.goto(`${url}/tasks`);
      await menu(page, 'Người tái hòa nhập').waitFor();
      tries.list.push(
        await step('the list', () =>
          timed(
            () => menu(page, 'Người tái hòa nhập').click(),
            () => rows.first().waitFor(),
          ),
        ),
      );
      // Search for the first person's given name without its marks ("Đức" typed as "duc"): unlike
      // the family name, the rows already on screen do not all match it.
      const first = (await rows.first().locator('a').first().textContent())?.trim() ?? '';
      const term =
        first.split(' ').at(-1)?.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase() ?? '';
      const sent = page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes(term));
      await page.getByTestId('returnee-search').fill(term);
      const request = await step('the search request', () => sent);
      const searched = performance.now();
      await request.response();
      // Shown: every row on screen is a match (the rows before the search are gone).
      await step('the search results', () =>
        page.waitForFunction((t) => {
          const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
          const names = Array.from(
            (globalThis as unknown as { document: BrowserDocument }).document.querySelectorAll(
              '[data-testid="returnee-row"] a',
            ),
          ).map((a) => a.textContent ?? '');
          return names.length > 0 && names.every((name) => plain(name).includes(t));
        }, term),
      );
      tries.search.push(performance.now() - searched);
      tries.caseFile.push(
        await step('the case file', () =>
          timed(
            () => rows.first().locator('a').first().click(),
            () => page.getByTestId('returnee-name').waitFor(),
          ),
        ),
      );
    }
    await context.clearCookies();
    await signIn(page, url, target.cityViewer.email, target.password);
    const dashboard: number[] = [];
    for (let i = 0; i < TRIES; i += 1) {
      await page.goto(`${url}/returnees`);
      await menu(page, 'Tổng quan').waitFor();
      dashboard.push(
        await step('the city dashboard', () =>
          timed(
            () => menu(page, 'Tổng quan').click(),
            () => page.getByTestId('caseload-total').waitFor(),
          ),
        ),
      );
    }
    return {
      list: median(tries.list),
      search: median(tries.search),
      caseFile: median(tries.caseFile),
      cityDashboard: median(dashboard),
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
