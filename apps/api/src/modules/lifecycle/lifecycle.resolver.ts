import { CASE_TRANSITIONS, CaseStatus, todayInVietnam, Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Sensitive } from '../../common/sensitive.js';
import type { RequestContext } from '../../context.js';
import { CaseClosure } from './case-closure.entity.js';
import { CaseTransfer } from './case-transfer.entity.js';
import { Classification } from './classification.entity.js';
import { Incident } from './incident.entity.js';
import { Reception } from './reception.entity.js';
import { Release } from './release.entity.js';
import { ReleaseNotice } from './release-notice.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { User } from '../auth/user.entity.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { caseworkService } from './casework.service.js';
import { closureService } from './closure.service.js';
import {
  ClassifyReturneeInput,
  CloseCaseInput,
  RecordIncidentInput,
  RecordReceptionInput,
  RecordReleaseInput,
  RecordReleaseNoticeInput,
  ReopenCaseInput,
  StartSupportInput,
  TransferCaseInput,
  VerifyReleaseAddressInput,
} from './lifecycle.inputs.js';
import { lifecycleService } from './lifecycle.service.js';
import { receptionService } from './reception.service.js';
import { transferService } from './transfer.service.js';

/** The lifecycle's mutations (docs/domain.md, Lifecycle): each one transaction with its audit row. */
@Resolver()
export class LifecycleResolver {
  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => ReleaseNotice, {
    description: 'Records a prison’s notice (case NOTIFIED) and a task to verify the address within 3 working days.',
  })
  recordReleaseNotice(
    @Arg('input', () => RecordReleaseNoticeInput) input: RecordReleaseNoticeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReleaseNotice> {
    return receptionService.recordReleaseNotice(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => ReleaseNotice, { description: 'Records the address verification and completes its task.' })
  verifyReleaseAddress(
    @Arg('input', () => VerifyReleaseAddressInput) input: VerifyReleaseAddressInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReleaseNotice> {
    return receptionService.verifyReleaseAddress(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Release, {
    description: 'Records the release certificate: NOTIFIED → AWAITING_REPORT, with a report-in deadline task.',
  })
  recordRelease(
    @Arg('input', () => RecordReleaseInput) input: RecordReleaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Release> {
    return receptionService.recordRelease(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Reception, {
    description: 'The person reported in: RECEIVED (ON_PROBATION for a parolee still on probation).',
  })
  recordReception(
    @Arg('input', () => RecordReceptionInput) input: RecordReceptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Reception> {
    return receptionService.recordReception(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Returnee, {
    description: 'RECEIVED (or ON_PROBATION once probation has ended) → UNDER_SUPPORT.',
  })
  startSupport(
    @Arg('input', () => StartSupportInput) input: StartSupportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Returnee> {
    return lifecycleService.startSupport(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => CaseClosure, {
    description: 'Closes an open case. EXPUNGED needs proof and a case under support or eligible.',
  })
  closeCase(
    @Arg('input', () => CloseCaseInput) input: CloseCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CaseClosure> {
    return closureService.closeCase(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Returnee, { description: 'Reopens a closed case into support; the closure stays on file.' })
  reopenCase(
    @Arg('input', () => ReopenCaseInput) input: ReopenCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Returnee> {
    return closureService.reopenCase(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Incident, { description: 'Records an incident (sensitive). Officers only.' })
  recordIncident(
    @Arg('input', () => RecordIncidentInput) input: RecordIncidentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Incident> {
    return caseworkService.recordIncident(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Classification, {
    description: 'Classifies the person (A–D) for a period; an open-ended previous period ends the day before.',
  })
  classifyReturnee(
    @Arg('input', () => ClassifyReturneeInput) input: ClassifyReturneeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Classification> {
    return caseworkService.classify(ctx, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Returnee, {
    description: 'Hands the whole case over to the ward or commune the person moved to.',
  })
  transferCase(
    @Arg('input', () => TransferCaseInput) input: TransferCaseInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Returnee> {
    return transferService.transferCase(ctx, input);
  }
}

/** A person's lifecycle history, each list batched by person through a per-request DataLoader. */
@Resolver(() => Returnee)
export class ReturneeLifecycleResolver {
  @FieldResolver(() => [ReleaseNotice], { description: 'Prison notices, oldest first.' })
  releaseNotices(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<ReleaseNotice[]> {
    return ctx.loaders.releaseNoticesByReturnee.load(r.id);
  }

  @FieldResolver(() => [Release], { description: 'Release certificates, oldest first.' })
  releases(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<Release[]> {
    return ctx.loaders.releasesByReturnee.load(r.id);
  }

  @FieldResolver(() => [Reception], { description: 'Receptions in the unit, oldest first.' })
  receptions(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<Reception[]> {
    return ctx.loaders.receptionsByReturnee.load(r.id);
  }

  @FieldResolver(() => [CaseClosure], { description: 'Closures, oldest first; a reopened one has `reopenedOn`.' })
  closures(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<CaseClosure[]> {
    return ctx.loaders.closuresByReturnee.load(r.id);
  }

  @FieldResolver(() => [Incident], {
    description: 'Incidents, oldest first. Sensitive: empty unless your role may see them.',
  })
  @Sensitive<Returnee>({ person: (r) => r.id, hidden: [] })
  incidents(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<Incident[]> {
    return ctx.loaders.incidentsByReturnee.load(r.id);
  }

  @FieldResolver(() => [Classification], { description: 'Classifications A–D, oldest period first.' })
  classifications(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<Classification[]> {
    return ctx.loaders.classificationsByReturnee.load(r.id);
  }

  @FieldResolver(() => Classification, { nullable: true, description: 'The classification whose period covers today.' })
  async currentClassification(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<Classification | null> {
    const today = todayInVietnam();
    const all = await ctx.loaders.classificationsByReturnee.load(r.id);
    const covering = all.filter((c) => c.periodStart <= today && (!c.periodEnd || c.periodEnd >= today));
    return covering.at(-1) ?? null;
  }

  @FieldResolver(() => [CaseTransfer], { description: 'Hand-overs between units, oldest first.' })
  transfers(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<CaseTransfer[]> {
    return ctx.loaders.transfersByReturnee.load(r.id);
  }

  @FieldResolver(() => [CaseStatus], {
    description: 'Statuses the case may move to next (the lifecycle table), so clients offer only those actions.',
  })
  allowedTransitions(@Root() r: Returnee): CaseStatus[] {
    return [...CASE_TRANSITIONS[r.status]];
  }
}

/** The two units of a hand-over. */
@Resolver(() => CaseTransfer)
export class CaseTransferResolver {
  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  fromUnit(@Root() t: CaseTransfer, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> {
    return ctx.loaders.unitById.load(t.fromUnitId);
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true })
  toUnit(@Root() t: CaseTransfer, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> {
    // Null for a hand-over to another deployment (toDeploymentCode, toUnitName).
    return t.toUnitId ? ctx.loaders.unitById.load(t.toUnitId) : Promise.resolve(null);
  }
}

/** Who received the person: the officer signed in when the reception was recorded. */
@Resolver(() => Reception)
export class ReceptionResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The officer who recorded the reception.' })
  officer(@Root() r: Reception, @Ctx() ctx: RequestContext): Promise<User | null> {
    return ctx.loaders.userById.load(r.officerId);
  }
}
