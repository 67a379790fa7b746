import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Clicks "Tải bản Word (.docx)" on a print page and reads the file the browser saved: its name and
 * the text of `word/document.xml`, one line per paragraph or table cell.
 */
export async function downloadDocx(tab: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByTestId('docx-button').click()]);
  expect(await download.failure()).toBeNull();
  const bytes = await readFile((await download.path()) as string);
  // A .docx is a zip archive: "PK" first.
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { name: download.suggestedFilename(), text };
}
