import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export interface TestBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** System Chromium with a throwaway profile, quiet: no update checks, sync or other background traffic. */
export async function launchBrowser(): Promise<TestBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'hoanhap-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
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
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A new tab with no session and no stored preferences, as a first-time visitor has. */
export async function freshPage(context: BrowserContext, baseUrl: string): Promise<Page> {
  await context.clearCookies();
  for (const open of context.pages()) await open.close();
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.evaluate(() => window.localStorage.clear());
  return page;
}

/** The demo accounts' password (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'hoanhap-demo-2024';

/** Signs in on the sign-in page `freshPage` opens, and waits for the shell to show who is signed in. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  // Label texts end with Mantine's required asterisk, hence the prefix match.
  await page.getByLabel(/^Email/).fill(email);
  await page.getByLabel(/^Mật khẩu/).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByTestId('user-summary').first().waitFor();
}
