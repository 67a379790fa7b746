import { todayInVietnam } from '@hoanhap/shared';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity.js';
import { Contact } from './contact.entity.js';
import { HelperAssignment } from './helper-assignment.entity.js';

export interface HelperLoaders {
  /** Every assignment of a person: primary helpers first, then latest start first. */
  helperAssignmentsByReturnee: DataLoader<string, HelperAssignment[]>;
  /** Every contact with a person, newest first. */
  contactsByReturnee: DataLoader<string, Contact[]>;
  helperOrganisationById: DataLoader<string, Organisation | null>;
  /** By assignment id: days since its latest contact (or its start); null once it has ended. */
  daysSinceLastContact: DataLoader<string, number | null>;
}

function groupBy<T>(rows: T[], key: (row: T) => string, ids: readonly string[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return ids.map((id) => groups.get(id) ?? []);
}

/** One statement per kind for a whole page of people or assignments. */
export function createHelperLoaders(dataSource: DataSource): HelperLoaders {
  const loaders: HelperLoaders = {
    // Joined with their organisations, which prime that loader: a page's helpers and their
    // organisations cost one statement.
    helperAssignmentsByReturnee: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(HelperAssignment).find({
        where: { returneeId: In([...ids]) },
        relations: { organisation: true },
        order: { role: 'ASC', startedOn: 'DESC', createdAt: 'DESC' },
      });
      for (const row of rows) {
        if (row.organisation) loaders.helperOrganisationById.prime(row.organisationId, row.organisation);
      }
      return groupBy(rows, (r) => r.returneeId, ids);
    }),
    contactsByReturnee: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(Contact).find({
        where: { returneeId: In([...ids]) },
        order: { contactedOn: 'DESC', createdAt: 'DESC' },
      });
      return groupBy(rows, (r) => r.returneeId, ids);
    }),
    helperOrganisationById: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(Organisation).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((o) => [o.id, o]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    daysSinceLastContact: new DataLoader(async (ids) => {
      const rows: Array<{ id: string; days: number | null }> = await dataSource.query(
        `SELECT h.id,
           CASE WHEN h.ended_on IS NOT NULL AND h.ended_on < $2::date THEN NULL
                ELSE GREATEST(0, $2::date - COALESCE(
                  (SELECT max(c.contacted_on) FROM contact c WHERE c.helper_assignment_id = h.id), h.started_on))
           END AS days
         FROM helper_assignment h WHERE h.id = ANY($1::uuid[])`,
        [[...ids], todayInVietnam()],
      );
      const byId = new Map(rows.map((r) => [r.id, r.days]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
  return loaders;
}

declare module '../../context.js' {
  interface Loaders extends HelperLoaders {}
}
