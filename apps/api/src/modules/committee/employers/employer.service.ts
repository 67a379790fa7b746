import {
  EmploymentStatus,
  findOverlap,
  formatDateVi,
  JobOfferStatus,
  OrganisationKind,
  reasonMessage,
} from '@hoanhap/shared';
import { requireActor } from '../../../common/access.js';
import { badInput, notFound } from '../../../common/errors.js';
import { notInFuture, vndAmount } from '../../../common/validation.js';
import type { RequestContext } from '../../../context.js';
import { auditChange, givenFields } from '../../audit/audit.service.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { EmploymentPeriod } from '../../employment/employment-period.entity.js';
import { requireVisibleReturnee } from '../../returnees/returnee-access.js';
import { clean, idInScope, isUuid, requireText } from '../common.js';
import type { RecordJobOfferInput, RecordPlacementInput, RegisterEmployerInput } from './employer.inputs.js';
import type { Employer } from './employer.types.js';
import { EmployerProfile } from './employer-profile.entity.js';
import { JobOffer } from './job-offer.entity.js';
import { Placement } from './placement.entity.js';
import { withTransaction } from '../../../common/transaction.js';
import { saveNew } from '../../../common/records.js';

const employerNotFound = () => notFound('NOT_FOUND.employer');

/**
 * Our rule, not the law's: a placement with a labour contract of 12 months or more counts as
 * STABLE work; a shorter contract, or none, as UNSTABLE.
 */
export const STABLE_CONTRACT_MONTHS = 12;

/** Employers with their profile and how many returnees they employ today, in one statement. */
const EMPLOYERS_SQL = (where: string) => `
  SELECT o.id, o.name, o.unit_id, p.contact_person, p.phone, p.address, p.staff_count,
    (SELECT count(DISTINCT pl.returnee_id)::int FROM placement pl JOIN employment_period ep ON ep.id = pl.employment_period_id
      WHERE pl.employer_id = o.id AND pl.contract_months IS NOT NULL
        AND ep.started_on <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
        AND (ep.ended_on IS NULL OR ep.ended_on >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date)) AS on_staff
  FROM organisation o LEFT JOIN employer_profile p ON p.organisation_id = o.id
  WHERE o.kind = 'EMPLOYER' AND o.unit_id = ANY($1::uuid[]) ${where}
  ORDER BY o.name`;

interface EmployerRow {
  id: string;
  name: string;
  unit_id: string;
  contact_person: string | null;
  phone: string | null;
  address: string | null;
  staff_count: number | null;
  on_staff: number;
}

const toEmployer = (r: EmployerRow): Employer => ({
  id: r.id,
  name: r.name,
  unitId: r.unit_id,
  contactPerson: r.contact_person,
  phone: r.phone,
  address: r.address,
  staffCount: r.staff_count,
  returneesOnStaff: r.on_staff,
});

async function lockEmployer(ctx: RequestContext, id: string): Promise<Organisation> {
  const found = await idInScope(ctx, 'organisation', id, { lock: true, where: `kind = 'EMPLOYER'` });
  if (!found) throw employerNotFound();
  return ctx.db.getRepository(Organisation).findOneByOrFail({ id: found });
}

export class EmployerService {
  async register(ctx: RequestContext, input: RegisterEmployerInput): Promise<Employer> {
    const actor = requireActor(ctx);
    const name = requireText('input.name', input.name);
    if (input.staffCount != null && (input.staffCount < 0 || input.staffCount > 1_000_000)) {
      throw badInput('input.staffCount', 'OUT_OF_RANGE.staffCount');
    }
    const id = await withTransaction(ctx, async (ctx) => {
      const dup: unknown[] = await ctx.db.query(
        'SELECT 1 FROM organisation WHERE unit_id = $1 AND lower(name) = lower($2)',
        [actor.unitId, name],
      );
      if (dup.length > 0) {
        throw badInput('input.name', 'DUPLICATE.organisationName');
      }
      const org = await ctx.db
        .getRepository(Organisation)
        .save(
          ctx.db.getRepository(Organisation).create({ name, kind: OrganisationKind.EMPLOYER, unitId: actor.unitId }),
        );
      await ctx.db.getRepository(EmployerProfile).insert({
        organisationId: org.id,
        contactPerson: clean(input.contactPerson),
        phone: clean(input.phone),
        address: clean(input.address),
        staffCount: input.staffCount ?? null,
      });
      await auditChange(ctx, 'registerEmployer', org, givenFields(input));
      return org.id;
    });
    return (await this.find(ctx, id)) as Employer;
  }

  async recordJobOffer(ctx: RequestContext, input: RecordJobOfferInput): Promise<JobOffer> {
    const title = requireText('input.title', input.title);
    notInFuture('input.offeredOn', input.offeredOn);
    if (!Number.isInteger(input.positions) || input.positions < 1 || input.positions > 10_000) {
      throw badInput('input.positions', 'OUT_OF_RANGE.positions');
    }
    const min = vndAmount('input.wageMinVnd', input.wageMinVnd);
    const max = vndAmount('input.wageMaxVnd', input.wageMaxVnd);
    if (min !== null && max !== null && BigInt(max) < BigInt(min)) {
      throw badInput('input.wageMaxVnd', 'BELOW_MIN');
    }
    return withTransaction(ctx, async (ctx) => {
      const employer = await lockEmployer(ctx, input.employerId);
      const offer = await saveNew(ctx, JobOffer, {
        employerId: employer.id,
        title,
        positions: input.positions,
        wageMinVnd: min,
        wageMaxVnd: max,
        status: input.status ?? JobOfferStatus.OPEN,
        offeredOn: input.offeredOn,
      });
      await auditChange(ctx, 'recordJobOffer', offer, givenFields(input));
      return offer;
    });
  }

  /**
   * Places a person: opens their employment period under the same no-overlap rule as
   * recordEmploymentPeriod (the person's row is locked first), and records the placement.
   */
  async recordPlacement(ctx: RequestContext, input: RecordPlacementInput): Promise<Placement> {
    notInFuture('input.startedOn', input.startedOn);
    const months = input.contractMonths;
    if (months != null && (!Number.isInteger(months) || months < 1 || months > 120)) {
      throw badInput('input.contractMonths', 'OUT_OF_RANGE.contractMonths');
    }
    return withTransaction(ctx, async (ctx) => {
      const employer = await lockEmployer(ctx, input.employerId);
      if (input.jobOfferId != null) {
        const offer = isUuid(input.jobOfferId)
          ? await ctx.db.getRepository(JobOffer).findOneBy({ id: input.jobOfferId, employerId: employer.id })
          : null;
        if (!offer) {
          throw badInput('input.jobOfferId', 'NOT_FOUND.jobOffer');
        }
        if (offer.status !== JobOfferStatus.OPEN) {
          throw badInput('input.jobOfferId', 'CLOSED');
        }
      }
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      if (returnee.returnedOn && input.startedOn < returnee.returnedOn) {
        throw badInput('input.startedOn', 'BEFORE_RETURN.employment');
      }
      const periods = ctx.db.getRepository(EmploymentPeriod);
      const overlap = findOverlap(await periods.findBy({ returneeId: returnee.id }), {
        startedOn: input.startedOn,
        endedOn: null,
      });
      if (overlap) {
        const until = overlap.endedOn ? formatDateVi(overlap.endedOn) : 'nay / now';
        throw badInput(
          'input.startedOn',
          reasonMessage('OVERLAP.employer', { from: formatDateVi(overlap.startedOn), until }),
        );
      }
      const status =
        months != null && months >= STABLE_CONTRACT_MONTHS ? EmploymentStatus.STABLE : EmploymentStatus.UNSTABLE;
      const period = await periods.save(
        periods.create({
          returneeId: returnee.id,
          status,
          employerName: employer.name,
          startedOn: input.startedOn,
          endedOn: null,
          endReason: null,
          verifiedOn: input.startedOn,
        }),
      );
      const placement = await saveNew(ctx, Placement, {
        employerId: employer.id,
        jobOfferId: input.jobOfferId ?? null,
        returneeId: returnee.id,
        startedOn: input.startedOn,
        contractMonths: months ?? null,
        employmentPeriodId: period.id,
      });
      await auditChange(
        ctx,
        'recordEmploymentPeriod',
        period,
        ['status', 'employerName', 'startedOn', 'verifiedOn'],
        returnee.id,
      );
      await auditChange(ctx, 'recordPlacement', placement, givenFields(input), returnee.id);
      return placement;
    });
  }

  async list(ctx: RequestContext): Promise<Employer[]> {
    const rows: EmployerRow[] = await ctx.db.query(EMPLOYERS_SQL(''), [await ctx.unitScope()]);
    return rows.map(toEmployer);
  }

  async find(ctx: RequestContext, id: string): Promise<Employer | null> {
    if (!isUuid(id)) return null;
    const rows: EmployerRow[] = await ctx.db.query(EMPLOYERS_SQL('AND o.id = $2'), [await ctx.unitScope(), id]);
    return rows[0] ? toEmployer(rows[0]) : null;
  }

  async jobOffers(
    ctx: RequestContext,
    status: JobOfferStatus | null | undefined,
    employerId: string | null | undefined,
  ): Promise<JobOffer[]> {
    const qb = ctx.db
      .getRepository(JobOffer)
      .createQueryBuilder('j')
      .innerJoin(Organisation, 'o', 'o.id = j.employer_id')
      .where('o.unit_id = ANY(:scope::uuid[])', { scope: await ctx.unitScope() })
      .orderBy('j.offered_on', 'DESC')
      .addOrderBy('j.id', 'ASC');
    if (status) qb.andWhere('j.status = :status', { status });
    if (employerId) qb.andWhere('j.employer_id::text = :employerId', { employerId });
    return qb.getMany();
  }
}

export const employerService = new EmployerService();
