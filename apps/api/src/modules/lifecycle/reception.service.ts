import { addDays, addWorkingDays, CaseStatus, NotificationKind, ReleaseType, TaskKind } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound, type Said } from '../../common/errors.js';
import { notInFuture } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { auditChange, givenFields } from '../audit/audit.service.js';
import { Reception } from './reception.entity.js';
import { Release } from './release.entity.js';
import { ReleaseNotice } from './release-notice.entity.js';
import { findVisibleReturnee, requireVisibleReturnee } from '../returnees/returnee-access.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import type {
  RecordReceptionInput,
  RecordReleaseInput,
  RecordReleaseNoticeInput,
  VerifyReleaseAddressInput,
} from './lifecycle.inputs.js';
import { loadWorkingCalendar } from '../tasks/working-calendar.js';
import { completeTasks, createRuleTask } from './lifecycle-tasks.js';
import {
  assertOpen,
  assertTransition,
  invalidTransition,
  isUuid,
  latestRelease,
  setStatus,
} from './lifecycle.service.js';
import { withTransaction } from '../../common/transaction.js';
import { saveNew } from '../../common/records.js';
import { recordEvent } from '../events/events.service.js';
import { notify } from '../notifications/notify.js';
import { officersOf } from '../notifications/recipients.js';

/*
 * From the prison's notice to the person reporting in (docs/domain.md, Lifecycle and Deadlines): notice and address
 * verification (3 working days), release certificate (report-in deadline), reception.
 */

/** Circular 10/2024 art. 8: the address is verified within 3 working days of the notice. */
const VERIFICATION_WORKING_DAYS = 3;
/**
 * Parolees report in within 5 days of release. Full-term and amnesty releases have no legal
 * deadline (Circular 10/2024 art. 9 sets out the reception, forms HCD-05 and HCD-02, without one):
 * their follow-up uses the unit's own `reportInDays`.
 */
const PAROLE_REPORT_IN_DAYS = 5;

const noticeNotFound = () => notFound('NOT_FOUND.releaseNotice');

function beforeStart(field: string, said: `BEFORE_START.${string}` & Said) {
  return badInput(field, said);
}

export class ReceptionService {
  async recordReleaseNotice(ctx: RequestContext, input: RecordReleaseNoticeInput): Promise<ReleaseNotice> {
    notInFuture('input.receivedOn', input.receivedOn);
    if (input.expectedReleaseOn && input.expectedReleaseOn < input.receivedOn) {
      throw beforeStart('input.expectedReleaseOn', 'BEFORE_START.expectedRelease');
    }
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      if (returnee.status !== CaseStatus.NOTIFIED) throw invalidTransition(returnee.status, CaseStatus.NOTIFIED);
      const year = Number(input.receivedOn.slice(0, 4));
      // Three working days can run into the next year (a notice received just before Tết).
      const calendar = await loadWorkingCalendar(ctx.db, year, year + 1);
      const notice = await saveNew(ctx, ReleaseNotice, {
        returneeId: returnee.id,
        receivedOn: input.receivedOn,
        prison: input.prison.trim(),
        expectedReleaseOn: input.expectedReleaseOn ?? null,
        statedAddress: input.statedAddress.trim(),
        verificationDueOn: addWorkingDays(input.receivedOn, VERIFICATION_WORKING_DAYS, calendar),
        verifiedOn: null,
        verificationResult: null,
      });
      await createRuleTask(ctx, {
        unitId: returnee.unitId,
        returneeId: returnee.id,
        kind: TaskKind.ADDRESS_VERIFICATION,
        title: `Xác minh nơi cư trú theo thông báo của ${notice.prison} (trong 3 ngày làm việc)`,
        dueOn: notice.verificationDueOn,
        ruleKey: `address-verification:${notice.id}`,
      });
      await recordEvent(ctx, { type: 'release_notice.recorded', subjectId: returnee.id, unitId: returnee.unitId });
      await auditChange(
        ctx,
        'recordReleaseNotice',
        notice,
        [...givenFields(input, ['returneeId']), 'verificationDueOn'],
        returnee.id,
      );
      // The ward's other officers learn of the notice with it (the one who recorded it knows).
      const officers = (await officersOf(ctx, returnee.unitId)).filter((id) => id !== ctx.actor?.userId);
      await notify(ctx, { kind: NotificationKind.RELEASE_NOTICE, recipientIds: officers, subject: notice.id });
      return notice;
    });
  }

  async verifyReleaseAddress(ctx: RequestContext, input: VerifyReleaseAddressInput): Promise<ReleaseNotice> {
    const actor = requireActor(ctx);
    notInFuture('input.verifiedOn', input.verifiedOn);
    return withTransaction(ctx, async (ctx) => {
      if (!isUuid(input.releaseNoticeId)) throw noticeNotFound();
      const notice = await ctx.db.getRepository(ReleaseNotice).findOneBy({ id: input.releaseNoticeId });
      // A notice about someone outside the actor's scope answers exactly like a missing one.
      const returnee = notice && (await findVisibleReturnee(ctx, notice.returneeId, { lock: true }));
      if (!notice || !returnee) throw noticeNotFound();
      assertOpen(returnee);
      if (notice.verifiedOn) {
        throw appError(ErrorCode.CONFLICT, 'ALREADY_VERIFIED', { reason: 'ALREADY_VERIFIED' });
      }
      if (input.verifiedOn < notice.receivedOn) {
        throw beforeStart('input.verifiedOn', 'BEFORE_START.verification');
      }
      notice.verifiedOn = input.verifiedOn;
      notice.verificationResult = input.result;
      const saved = await ctx.db.getRepository(ReleaseNotice).save(notice);
      await completeTasks(ctx, { ruleKey: `address-verification:${notice.id}` }, actor.userId);
      await auditChange(ctx, 'verifyReleaseAddress', notice, ['verifiedOn', 'verificationResult'], returnee.id);
      return saved;
    });
  }

  /** NOTIFIED → AWAITING_REPORT, with a task due on the report-in deadline. */
  async recordRelease(ctx: RequestContext, input: RecordReleaseInput): Promise<Release> {
    notInFuture('input.releasedOn', input.releasedOn);
    const parole = input.type === ReleaseType.PAROLE;
    if (parole && !input.probationEndsOn) {
      throw badInput('input.probationEndsOn', 'REQUIRED.probationEnd');
    }
    if (parole && input.probationEndsOn && input.probationEndsOn <= input.releasedOn) {
      throw beforeStart('input.probationEndsOn', 'BEFORE_START.probationEnd');
    }
    if (!parole && input.probationEndsOn) {
      throw badInput('input.probationEndsOn', 'NOT_ALLOWED.probation');
    }
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      assertTransition(returnee.status, CaseStatus.AWAITING_REPORT);
      const release = await saveNew(ctx, Release, {
        returneeId: returnee.id,
        type: input.type,
        certificateNumber: input.certificateNumber?.trim() || null,
        releasedOn: input.releasedOn,
        prison: input.prison.trim(),
        probationEndsOn: parole ? (input.probationEndsOn ?? null) : null,
      });
      const unit = await ctx.db.getRepository(AdministrativeUnit).findOneByOrFail({ id: returnee.unitId });
      await createRuleTask(ctx, {
        unitId: returnee.unitId,
        returneeId: returnee.id,
        kind: TaskKind.REPORT_IN_OVERDUE,
        title: parole
          ? 'Theo dõi trình diện: người được tha tù trước thời hạn trình diện trong 5 ngày'
          : 'Theo dõi trình diện sau khi chấp hành xong án phạt tù',
        dueOn: addDays(input.releasedOn, parole ? PAROLE_REPORT_IN_DAYS : unit.reportInDays),
        ruleKey: `report-in:${release.id}`,
      });
      await setStatus(ctx, returnee, CaseStatus.AWAITING_REPORT);
      await auditChange(ctx, 'recordRelease', release, [...givenFields(input, ['returneeId']), 'status'], returnee.id);
      return release;
    });
  }

  /**
   * The person reported in: RECEIVED, or ON_PROBATION for a parolee still on probation that day.
   * The reception officer is the signed-in officer.
   */
  async recordReception(ctx: RequestContext, input: RecordReceptionInput): Promise<Reception> {
    const actor = requireActor(ctx);
    notInFuture('input.receivedOn', input.receivedOn);
    return withTransaction(ctx, async (ctx) => {
      const returnee = await requireVisibleReturnee(ctx, input.returneeId, { lock: true });
      assertTransition(returnee.status, CaseStatus.RECEIVED);
      const release = await latestRelease(ctx, returnee.id);
      if (release && input.receivedOn < release.releasedOn) {
        throw beforeStart('input.receivedOn', 'BEFORE_START.reception');
      }
      const reception = await saveNew(ctx, Reception, {
        returneeId: returnee.id,
        receivedOn: input.receivedOn,
        officerId: actor.userId,
        meetingRecordNumber: input.meetingRecordNumber?.trim() || null,
        pledgeSigned: input.pledgeSigned ?? false,
        informationSheetDone: input.informationSheetDone ?? false,
        needs: (input.needs ?? []).map((n) => n.trim()).filter(Boolean),
      });
      const onProbation =
        release?.type === ReleaseType.PAROLE &&
        !!release.probationEndsOn &&
        release.probationEndsOn >= input.receivedOn;
      const written = ['status'];
      if (!returnee.returnedOn) {
        returnee.returnedOn = input.receivedOn;
        written.push('returnedOn');
      }
      await setStatus(ctx, returnee, onProbation ? CaseStatus.ON_PROBATION : CaseStatus.RECEIVED);
      await completeTasks(ctx, { returneeId: returnee.id, kind: TaskKind.REPORT_IN_OVERDUE }, actor.userId);
      await recordEvent(ctx, { type: 'person.received', subjectId: returnee.id, unitId: returnee.unitId });
      await auditChange(
        ctx,
        'recordReception',
        reception,
        [...givenFields(input, ['returneeId']), 'officerId', ...written],
        returnee.id,
      );
      return reception;
    });
  }
}

export const receptionService = new ReceptionService();
