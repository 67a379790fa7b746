import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { SensitiveReveal } from '../reveals/sensitive-reveal.entity.js';
import type { AuditEvent } from './audit-event.entity.js';
import { AUDIT_COLUMNS } from './audit-log.service.js';

export interface AuditLoaders {
  /** Key `<limit>:<returnee id>`: the person's latest audit rows, newest first. */
  accessHistoryByReturnee: DataLoader<string, AuditEvent[]>;
  /** The purpose stated for a reveal, by the reveal's id (the audit row's object id). */
  revealPurposeById: DataLoader<string, string | null>;
}

export function createAuditLoaders(dataSource: DataSource): AuditLoaders {
  return {
    // One statement per page size asked for (in practice one): the latest `limit` rows per person.
    accessHistoryByReturnee: new DataLoader(async (keys) => {
      const byLimit = new Map<number, string[]>();
      for (const key of keys) {
        const [limit, id] = key.split(':') as [string, string];
        const list = byLimit.get(Number(limit)) ?? [];
        list.push(id);
        byLimit.set(Number(limit), list);
      }
      const found = new Map<string, AuditEvent[]>();
      for (const [limit, ids] of byLimit) {
        const rows: Array<AuditEvent & { key_id: string }> = await dataSource.query(
          `SELECT p.id AS key_id, ${AUDIT_COLUMNS('a')}
             FROM unnest($1::uuid[]) AS p(id)
             CROSS JOIN LATERAL (
               SELECT * FROM audit_event e WHERE e.returnee_id = p.id
                ORDER BY e.occurred_at DESC, e.id DESC LIMIT $2
             ) a
            ORDER BY a.occurred_at DESC, a.id DESC`,
          [ids, limit],
        );
        for (const { key_id, ...row } of rows) {
          const k = `${limit}:${key_id}`;
          const list = found.get(k) ?? [];
          list.push(row as AuditEvent);
          found.set(k, list);
        }
      }
      return keys.map((k) => found.get(k) ?? []);
    }),
    revealPurposeById: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(SensitiveReveal).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((g) => [g.id, g.purpose]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends AuditLoaders {}
}
