import { CASE_FILE_CONTACTS, todayInVietnam } from '@hoanhap/shared';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { groupedLoader, groupRows, pickRows } from '../../common/dataloaders.js';
import type { Loaders } from '../../context.js';
import { Contact } from './contact.entity.js';
import { HelperAssignment } from './helper-assignment.entity.js';

export interface HelperLoaders {
  /** Every assignment of a person: primary helpers first, then latest start first. */
  helperAssignmentsByReturnee: DataLoader<string, HelperAssignment[]>;
  /** A person's newest contacts (CASE_FILE_CONTACTS of them), newest first. */
  contactsByReturnee: DataLoader<string, Contact[]>;
  /** By assignment id: days since its latest contact (or its start); null once it has ended. */
  daysSinceLastContact: DataLoader<string, number | null>;
}

/**
 * Days since an assignment's latest contact (or its start) on `today` (a date placeholder), null
 * once it has ended; shared with the case file, which reads it inline.
 */
export const DAYS_SINCE_LAST_CONTACT_SQL = (h: string, today: string) => `CASE
  WHEN ${h}.ended_on IS NOT NULL AND ${h}.ended_on < ${today}::date THEN NULL
  ELSE GREATEST(0, ${today}::date - COALESCE(
    (SELECT max(c.contacted_on) FROM contact c WHERE c.helper_assignment_id = ${h}.id), ${h}.started_on)) END`;

/** A person's assignments: primary helpers first, then latest start first (the case file reads them so too). */
export const HELPER_ORDER = { role: 'ASC', startedOn: 'DESC', createdAt: 'DESC' } as const;

/** One statement per kind for a whole page of people or assignments. */
export function createHelperLoaders(dataSource: DataSource, all: Loaders): HelperLoaders {
  return {
    // Joined with their organisations, which prime `organisationById`: a page's helpers and their
    // organisations cost one statement.
    helperAssignmentsByReturnee: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(HelperAssignment).find({
        where: { returneeId: In([...ids]) },
        relations: { organisation: true },
        order: HELPER_ORDER,
      });
      for (const row of rows) {
        if (row.organisation) all.organisationById.prime(row.organisationId, row.organisation);
      }
      return groupRows(ids, rows, (r) => r.returneeId);
    }),
    contactsByReturnee: groupedLoader(
      dataSource,
      Contact,
      'returneeId',
      { contactedOn: 'DESC', createdAt: 'DESC' },
      CASE_FILE_CONTACTS,
    ),
    daysSinceLastContact: new DataLoader(async (ids) => {
      const rows: Array<{ id: string; days: number | null }> = await dataSource.query(
        `SELECT h.id, ${DAYS_SINCE_LAST_CONTACT_SQL('h', '$2')} AS days FROM helper_assignment h WHERE h.id = ANY($1::uuid[])`,
        [[...ids], todayInVietnam()],
      );
      return pickRows(ids, rows, (r) => r.id).map((row) => row?.days ?? null);
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends HelperLoaders {}
}
