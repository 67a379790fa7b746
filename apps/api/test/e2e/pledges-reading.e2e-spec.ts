import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';

/* Reading the demo's pledges: paging and filters, the 2024 scoreboard and the indicator catalogue. */

const as = withDemoServer().clients('viewer');

describe('reading pledges', () => {
  it('pages and filters pledges, and ranks the demo signatories for 2024', async () => {
    const res = await as.viewer.request<{ pledges: { totalCount: number; edges: Array<{ node: { kind: string } }> } }>(
      `query { pledges(filter: { kind: [EMULATION], year: 2024 }, first: 10) { totalCount edges { node { kind signedOn } } } }`,
    );
    expect(res.data?.pledges.totalCount).toBe(1);
    const board = await as.viewer.request<{
      pledgeScoreboard: Array<{ rank: number; organisation: { name: string } }>;
    }>(`query { pledgeScoreboard(year: 2024) { rank score organisation { name } } }`);
    expect(board.errors).toBeUndefined();
    expect(board.data?.pledgeScoreboard).toHaveLength(7);
    expect(board.data?.pledgeScoreboard[0]?.rank).toBe(1);
    const catalogue = await as.viewer.request<{ pledgeIndicators: Array<{ code: string }> }>(
      'query { pledgeIndicators { code labelVi unitOfMeasure defaultDirection } }',
    );
    expect(catalogue.data?.pledgeIndicators.map((i) => i.code)).toHaveLength(6);
  });
});
