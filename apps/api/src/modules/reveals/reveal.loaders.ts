import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

export interface RevealLoaders {
  /** Key `userId:returneeId` → whether that user holds a live grant for that person. */
  liveReveal: DataLoader<string, boolean>;
}

export function createRevealLoaders(dataSource: DataSource): RevealLoaders {
  return {
    liveReveal: new DataLoader(async (keys: readonly string[]) => {
      const pairs = keys.map((k) => k.split(':') as [string, string]);
      const rows: Array<{ user_id: string; returnee_id: string }> = await dataSource.query(
        `SELECT DISTINCT g.user_id, g.returnee_id FROM sensitive_reveal g
         JOIN unnest($1::uuid[], $2::uuid[]) AS k(user_id, returnee_id)
           ON g.user_id = k.user_id AND g.returnee_id = k.returnee_id
         WHERE g.expires_at > now()`,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      );
      const live = new Set(rows.map((r) => `${r.user_id}:${r.returnee_id}`));
      return keys.map((k) => live.has(k));
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends RevealLoaders {}
}
