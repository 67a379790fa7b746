import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's own script, run in the page as it is (it is CommonJS, and carries its source). */
const AXE_SOURCE: string = createRequire(import.meta.url)('axe-core').source;

interface AxeResults {
  violations: Array<{ id: string; nodes: Array<{ target: string[]; any: Array<{ message: string }> }> }>;
}

/**
 * What on the page fails WCAG's contrast rule for text (AA: 4.5:1, 3:1 for large text), as axe-core
 * measures it on the rendered colours, one line per element: none for a screen read in sunlight.
 */
export async function contrastFailures(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    () =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(
        document,
        { runOnly: { type: 'rule', values: ['color-contrast'] }, resultTypes: ['violations'] },
      ) as Promise<AxeResults>,
  );
  return results.violations.flatMap((rule) =>
    rule.nodes.map((node) => `${node.target.join(' ')}: ${node.any[0]?.message ?? rule.id}`),
  );
}
