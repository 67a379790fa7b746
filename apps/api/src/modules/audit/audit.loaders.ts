import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { AuditEvent } from './audit-event.entity.js';
import { AUDIT_COLUMNS } from './audit-log.service.js';

export interface AuditLoaders {
  /** Key `<limit>:<returnee id>`: the person's latest audit rows, newest first. */
  accessHistoryByReturnee: DataLoader<string, AuditEvent[]>;
  /**
   * Key `<object type>:<id>` of an audit row's object: the purpose stated for it, for the objects
   * that record one (a reveal, a reading of a whole file, an archive of it).
   */
  purposeByObject: DataLoader<string, string | null>;
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
    purposeByObject: new DataLoader(async (keys) => {
      const ids = (type: string) => keys.filter((k) => k.startsWith(`${type}:`)).map((k) => k.slice(type.length + 1));
      const rows: Array<{ key: string; purpose: string }> = await dataSource.query(
        `SELECT 'SensitiveReveal:' || id AS key, purpose FROM sensitive_reveal WHERE id = ANY($1::uuid[])
         UNION ALL SELECT 'PersonFileRead:' || id, purpose FROM person_file_read WHERE id = ANY($2::uuid[])
         UNION ALL SELECT 'PersonArchiveJob:' || id, purpose FROM person_archive_job WHERE id = ANY($3::uuid[])`,
        [ids('SensitiveReveal'), ids('PersonFileRead'), ids('PersonArchiveJob')],
      );
      const byKey = new Map(rows.map((r) => [r.key, r.purpose]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends AuditLoaders {}
}
