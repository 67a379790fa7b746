import { addDays, CommitteeRole, DocumentKind, todayInVietnam } from '@hoanhap/shared';
import { requireActor } from '../../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../../common/errors.js';
import { notBefore } from '../../../common/validation.js';
import type { RequestContext } from '../../../context.js';
import { auditChange, givenFields } from '../../audit/audit.service.js';
import { clean, idInScope, isUuid, requireLinked, requireText } from '../common.js';
import { Document } from '../documents/document.entity.js';
import type {
  AppointCommitteeMemberInput,
  CommitteeSeatInput,
  EndCommitteeMembershipInput,
  FoundSteeringCommitteeInput,
} from './committee.inputs.js';
import { CommitteeMember } from './committee-member.entity.js';
import { SteeringCommittee } from './steering-committee.entity.js';
import { withTransaction } from '../../../common/transaction.js';
import { saveNew } from '../../../common/records.js';

export const committeeNotFound = () => notFound('NOT_FOUND.committee');
const memberNotFound = () => notFound('NOT_FOUND.committeeMember');

/** Roles only one person may hold at a time. */
const SINGLE_SEATS: readonly CommitteeRole[] = [CommitteeRole.HEAD, CommitteeRole.STANDING_DEPUTY];

/** Order of the roster: head, standing deputy, deputies, members, secretary. */
export const ROLE_ORDER: Record<CommitteeRole, number> = {
  HEAD: 0,
  STANDING_DEPUTY: 1,
  DEPUTY: 2,
  MEMBER: 3,
  SECRETARY: 4,
};

function seatTaken(role: CommitteeRole) {
  return appError(
    ErrorCode.CONFLICT,
    role === CommitteeRole.HEAD ? 'ROLE_TAKEN.replaceHead' : 'ROLE_TAKEN.replaceStandingDeputy',
    { field: 'input.role', reason: 'ROLE_TAKEN' },
  );
}

export class CommitteeService {
  /** Founds the committee with its head (and other founding members), all from the term's start. */
  async found(ctx: RequestContext, input: FoundSteeringCommitteeInput): Promise<SteeringCommittee> {
    const actor = requireActor(ctx);
    const name = requireText('input.name', input.name);
    notBefore('input.termTo', input.termTo, input.termFrom);
    if (input.head.role !== CommitteeRole.HEAD) {
      throw badInput('input.head.role', 'NOT_HEAD');
    }
    const members = input.members ?? [];
    members.forEach((m, i) => {
      if (m.role === CommitteeRole.HEAD) {
        throw badInput(`input.members.${i}.role`, 'ROLE_TAKEN.oneHead');
      }
    });
    if (members.filter((m) => m.role === CommitteeRole.STANDING_DEPUTY).length > 1) {
      const i = members.findLastIndex((m) => m.role === CommitteeRole.STANDING_DEPUTY);
      throw badInput(`input.members.${i}.role`, 'ROLE_TAKEN.oneStandingDeputy');
    }
    return withTransaction(ctx, async (ctx) => {
      const modelId = await requireLinked(ctx, 'input.modelId', 'reintegration_model', input.modelId);
      const decisionId = await requireLinked(
        ctx,
        'input.foundingDecisionId',
        'document',
        input.foundingDecisionId,
        `kind = '${DocumentKind.DECISION}'`,
      );
      const rulesId = await requireLinked(
        ctx,
        'input.operatingRulesId',
        'document',
        input.operatingRulesId,
        `kind = '${DocumentKind.OPERATING_RULES}'`,
      );
      await checkOrganisation(ctx, 'input.head.organisationId', input.head.organisationId);
      for (const [i, m] of members.entries()) {
        await checkOrganisation(ctx, `input.members.${i}.organisationId`, m.organisationId);
      }
      const committee = await saveNew(ctx, SteeringCommittee, {
        unitId: actor.unitId,
        modelId,
        name,
        foundingDecisionId: decisionId as string,
        operatingRulesId: rulesId,
        termFrom: input.termFrom,
        termTo: input.termTo ?? null,
      });
      await ctx.db
        .getRepository(CommitteeMember)
        .insert([input.head, ...members].map((m) => seat(committee.id, m, input.termFrom)));
      // The founding papers belong to the committee from now on (unless already linked elsewhere).
      await ctx.db
        .createQueryBuilder()
        .update(Document)
        .set({ committeeId: committee.id })
        .where('id IN (:...ids) AND committee_id IS NULL', { ids: [decisionId, rulesId].filter(Boolean) })
        .execute();
      await auditChange(ctx, 'foundSteeringCommittee', committee, givenFields(input));
      return committee;
    });
  }

  /**
   * Appoints a member. The committee row is locked so two appointments cannot both take the one
   * HEAD or STANDING_DEPUTY seat; replacing someone ends their membership the day before.
   */
  async appoint(ctx: RequestContext, input: AppointCommitteeMemberInput): Promise<CommitteeMember> {
    requireText('input.personName', input.personName);
    return withTransaction(ctx, async (ctx) => {
      const committee = await lockCommittee(ctx, input.committeeId);
      if (input.startedOn < committee.termFrom || (committee.termTo && input.startedOn > committee.termTo)) {
        throw badInput('input.startedOn', 'OUTSIDE_TERM.start');
      }
      await checkOrganisation(ctx, 'input.organisationId', input.organisationId);
      const members = ctx.db.getRepository(CommitteeMember);
      let replaced: CommitteeMember | null = null;
      if (input.replacesMemberId) {
        replaced = isUuid(input.replacesMemberId)
          ? await members.findOneBy({ id: input.replacesMemberId, committeeId: committee.id })
          : null;
        if (!replaced) {
          throw badInput('input.replacesMemberId', 'NOT_FOUND.replacedMember');
        }
        if (replaced.endedOn !== null || replaced.startedOn >= input.startedOn) {
          throw badInput('input.replacesMemberId', 'NOT_SERVING');
        }
      }
      if (SINGLE_SEATS.includes(input.role)) {
        const holders = await members
          .createQueryBuilder('m')
          .where('m.committee_id = :c AND m.role = :role', { c: committee.id, role: input.role })
          .andWhere('(m.ended_on IS NULL OR m.ended_on >= :on)', { on: input.startedOn })
          .getMany();
        if (holders.some((h) => h.id !== replaced?.id)) throw seatTaken(input.role);
      }
      if (replaced) {
        replaced.endedOn = addDays(input.startedOn, -1);
        replaced.endReason = 'Thay thế bởi người được bổ nhiệm mới / Replaced';
        await members.save(replaced);
      }
      const member = await members.save(members.create(seat(committee.id, input, input.startedOn)));
      await auditChange(ctx, 'appointCommitteeMember', member, givenFields(input));
      return member;
    });
  }

  /** Ends a membership (kept in the history). The head is never left empty: replace them instead. */
  async end(ctx: RequestContext, input: EndCommitteeMembershipInput): Promise<CommitteeMember> {
    return withTransaction(ctx, async (ctx) => {
      const found = isUuid(input.memberId)
        ? await ctx.db.getRepository(CommitteeMember).findOneBy({ id: input.memberId })
        : null;
      if (!found) throw memberNotFound();
      const committee = await lockCommittee(ctx, found.committeeId).catch(() => {
        throw memberNotFound();
      });
      const member = await ctx.db.getRepository(CommitteeMember).findOneByOrFail({ id: found.id });
      if (member.endedOn) {
        throw badInput('input.memberId', 'ALREADY_ENDED.membership');
      }
      if (member.role === CommitteeRole.HEAD) {
        throw appError(ErrorCode.CONFLICT, 'HEAD_REQUIRED', { field: 'input.memberId', reason: 'HEAD_REQUIRED' });
      }
      notBefore('input.endedOn', input.endedOn, member.startedOn);
      if (committee.termTo && input.endedOn > committee.termTo) {
        throw badInput('input.endedOn', 'OUTSIDE_TERM.end');
      }
      member.endedOn = input.endedOn;
      member.endReason = clean(input.endReason);
      const saved = await ctx.db.getRepository(CommitteeMember).save(member);
      await auditChange(ctx, 'endCommitteeMembership', saved, givenFields(input));
      return saved;
    });
  }

  async find(ctx: RequestContext, id: string): Promise<SteeringCommittee | null> {
    const found = await idInScope(ctx, 'steering_committee', id);
    return found ? ctx.db.getRepository(SteeringCommittee).findOneBy({ id: found }) : null;
  }

  /** The roster on a day (today by default): whoever's membership covers it, in role order. */
  async roster(ctx: RequestContext, committeeId: string, asOf: string | null | undefined): Promise<CommitteeMember[]> {
    const on = asOf ?? todayInVietnam();
    const rows = await ctx.db
      .getRepository(CommitteeMember)
      .createQueryBuilder('m')
      .where('m.committee_id = :c AND m.started_on <= :on AND (m.ended_on IS NULL OR m.ended_on >= :on)', {
        c: committeeId,
        on,
      })
      .getMany();
    return sortRoster(rows);
  }

  async history(ctx: RequestContext, committeeId: string): Promise<CommitteeMember[]> {
    const rows = await ctx.db.getRepository(CommitteeMember).findBy({ committeeId });
    return sortRoster(rows).sort((a, b) => a.startedOn.localeCompare(b.startedOn));
  }
}

export function sortRoster(rows: CommitteeMember[]): CommitteeMember[] {
  return rows.sort(
    (a, b) =>
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      a.startedOn.localeCompare(b.startedOn) ||
      a.personName.localeCompare(b.personName, 'vi'),
  );
}

function seat(committeeId: string, m: CommitteeSeatInput, startedOn: string): Partial<CommitteeMember> {
  return {
    committeeId,
    personName: m.personName.trim(),
    title: m.title.trim(),
    organisationId: m.organisationId ?? null,
    role: m.role,
    startedOn,
    endedOn: null,
    endReason: null,
  };
}

async function lockCommittee(ctx: RequestContext, id: string): Promise<SteeringCommittee> {
  const found = await idInScope(ctx, 'steering_committee', id, { lock: true });
  if (!found) throw committeeNotFound();
  return ctx.db.getRepository(SteeringCommittee).findOneByOrFail({ id: found });
}

async function checkOrganisation(ctx: RequestContext, field: string, id: string | null | undefined) {
  await requireLinked(ctx, field, 'organisation', id);
}

export const committeeService = new CommitteeService();
