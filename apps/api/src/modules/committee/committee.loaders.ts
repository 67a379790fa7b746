import { TargetKind, todayInVietnam } from '@hoanhap/shared';
import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { byIdLoader, groupedLoader, pickRows } from '../../common/dataloaders.js';
import { EmploymentPeriod } from '../employment/employment-period.entity.js';
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
  placementPeriodById: DataLoader<string, EmploymentPeriod | null>;
}

export function createCommitteeLoaders(dataSource: DataSource): CommitteeLoaders {
  const pledgeById = byIdLoader(dataSource, Pledge);
  const unitScopeOf = new DataLoader<string, string[]>((ids) =>
    Promise.all(ids.map((id) => unitsService.scopeOf(dataSource.manager, id))),
  );
  return {
    documentById: byIdLoader(dataSource, Document),
    documentFileInfo: new DataLoader(async (ids) => {
      // Everything but the content.
      const rows = await dataSource.getRepository(DocumentFile).findBy({ documentId: In([...ids]) });
      return pickRows(ids, rows, (f) => f.documentId).map((f) =>
        f
          ? {
              name: f.fileName,
              mimeType: f.mimeType,
              sizeBytes: f.sizeBytes,
              sha256: f.sha256,
              url: `/documents/${f.documentId}/file`,
            }
          : null,
      );
    }),
    pledgeById,
    signatoriesByPledge: groupedLoader(dataSource, PledgeSignatory, 'pledgeId', {}),
    targetsByPledge: groupedLoader(dataSource, PledgeTarget, 'pledgeId', { position: 'ASC', id: 'ASC' }),
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
    jobOffersByEmployer: groupedLoader(dataSource, JobOffer, 'employerId', { offeredOn: 'DESC', id: 'ASC' }),
    placementsByEmployer: groupedLoader(dataSource, Placement, 'employerId', { startedOn: 'DESC', id: 'ASC' }),
    placementPeriodById: byIdLoader(dataSource, EmploymentPeriod),
  };
}

declare module '../../context.js' {
  interface Loaders extends CommitteeLoaders {}
}
