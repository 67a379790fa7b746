import { TargetKind, todayInVietnam } from '@hoanhap/shared';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity.js';
import { EmploymentPeriod } from '../employment/employment-period.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { unitsService } from '../units/units.service.js';
import { Document } from './documents/document.entity.js';
import type { DocumentFileInfo } from './documents/document.types.js';
import { DocumentFile } from './documents/document-file.entity.js';
import { JobOffer } from './employers/job-offer.entity.js';
import { Placement } from './employers/placement.entity.js';
import { Pledge } from './pledges/pledge.entity.js';
import { PledgeSignatory } from './pledges/pledge-signatory.entity.js';
import { PledgeTarget } from './pledges/pledge-target.entity.js';
import { evaluateComputed, measuredTo, scored, type TargetResult } from './pledges/pledge-targets.js';

export interface CommitteeLoaders {
  organisationById: DataLoader<string, Organisation | null>;
  documentById: DataLoader<string, Document | null>;
  documentFileInfo: DataLoader<string, DocumentFileInfo | null>;
  pledgeById: DataLoader<string, Pledge | null>;
  signatoriesByPledge: DataLoader<string, PledgeSignatory[]>;
  targetsByPledge: DataLoader<string, PledgeTarget[]>;
  /** A target's live result, computed once per request however many of its fields are asked. */
  liveTargetResult: DataLoader<PledgeTarget, TargetResult, string>;
  unitScopeOf: DataLoader<string, string[]>;
  jobOffersByEmployer: DataLoader<string, JobOffer[]>;
  placementsByEmployer: DataLoader<string, Placement[]>;
  /** Raw rows: callers check the actor may see the person. */
  placedReturneeById: DataLoader<string, Returnee | null>;
  placementPeriodById: DataLoader<string, EmploymentPeriod | null>;
}

function byKey<T>(rows: T[], key: (r: T) => string) {
  return new Map(rows.map((r) => [key(r), r]));
}

function grouped<T>(ids: readonly string[], rows: T[], key: (r: T) => string): T[][] {
  const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

export function createCommitteeLoaders(dataSource: DataSource): CommitteeLoaders {
  const pledgeById = new DataLoader<string, Pledge | null>(async (ids) => {
    const m = byKey(await dataSource.getRepository(Pledge).findBy({ id: In([...ids]) }), (p) => p.id);
    return ids.map((id) => m.get(id) ?? null);
  });
  const unitScopeOf = new DataLoader<string, string[]>((ids) =>
    Promise.all(ids.map((id) => unitsService.scopeOf(dataSource.manager, id))),
  );
  return {
    organisationById: new DataLoader(async (ids) => {
      const m = byKey(await dataSource.getRepository(Organisation).findBy({ id: In([...ids]) }), (o) => o.id);
      return ids.map((id) => m.get(id) ?? null);
    }),
    documentById: new DataLoader(async (ids) => {
      const m = byKey(await dataSource.getRepository(Document).findBy({ id: In([...ids]) }), (d) => d.id);
      return ids.map((id) => m.get(id) ?? null);
    }),
    documentFileInfo: new DataLoader(async (ids) => {
      // Everything but the content.
      const rows = await dataSource.getRepository(DocumentFile).findBy({ documentId: In([...ids]) });
      const m = byKey(rows, (f) => f.documentId);
      return ids.map((id) => {
        const f = m.get(id);
        return f
          ? {
              name: f.fileName,
              mimeType: f.mimeType,
              sizeBytes: f.sizeBytes,
              sha256: f.sha256,
              url: `/documents/${id}/file`,
            }
          : null;
      });
    }),
    pledgeById,
    signatoriesByPledge: new DataLoader(async (ids) =>
      grouped(
        ids,
        await dataSource.getRepository(PledgeSignatory).findBy({ pledgeId: In([...ids]) }),
        (s) => s.pledgeId,
      ),
    ),
    targetsByPledge: new DataLoader(async (ids) =>
      grouped(
        ids,
        await dataSource.getRepository(PledgeTarget).find({
          where: { pledgeId: In([...ids]) },
          order: { position: 'ASC', id: 'ASC' },
        }),
        (t) => t.pledgeId,
      ),
    ),
    unitScopeOf,
    liveTargetResult: new DataLoader(
      (targets) =>
        Promise.all(
          targets.map(async (target) => {
            const pledge = await pledgeById.load(target.pledgeId);
            if (!pledge) return scored(target, null);
            if (target.kind === TargetKind.MANUAL) {
              // A manual target's latest value is the one frozen at the latest review.
              const rows: Array<{ actual: string | null }> = await dataSource.query(
                `SELECT i.actual FROM pledge_review_item i JOIN pledge_review r ON r.id = i.review_id
                 WHERE i.target_id = $1 ORDER BY r.reviewed_on DESC LIMIT 1`,
                [target.id],
              );
              const a = rows[0]?.actual;
              return scored(target, a === null || a === undefined ? null : Number(a));
            }
            const scope = await unitScopeOf.load(pledge.unitId);
            return evaluateComputed(dataSource.manager, pledge, target, scope, measuredTo(pledge, todayInVietnam()));
          }),
        ),
      { cacheKeyFn: (t) => t.id },
    ),
    jobOffersByEmployer: new DataLoader(async (ids) =>
      grouped(
        ids,
        await dataSource.getRepository(JobOffer).find({
          where: { employerId: In([...ids]) },
          order: { offeredOn: 'DESC', id: 'ASC' },
        }),
        (o) => o.employerId,
      ),
    ),
    placementsByEmployer: new DataLoader(async (ids) =>
      grouped(
        ids,
        await dataSource.getRepository(Placement).find({
          where: { employerId: In([...ids]) },
          order: { startedOn: 'DESC', id: 'ASC' },
        }),
        (p) => p.employerId,
      ),
    ),
    placedReturneeById: new DataLoader(async (ids) => {
      const m = byKey(await dataSource.getRepository(Returnee).findBy({ id: In([...ids]) }), (r) => r.id);
      return ids.map((id) => m.get(id) ?? null);
    }),
    placementPeriodById: new DataLoader(async (ids) => {
      const m = byKey(await dataSource.getRepository(EmploymentPeriod).findBy({ id: In([...ids]) }), (r) => r.id);
      return ids.map((id) => m.get(id) ?? null);
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends CommitteeLoaders {}
}
