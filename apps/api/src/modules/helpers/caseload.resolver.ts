import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { caseloadService } from './caseload.service.js';
import { NoContactEntry } from './caseload.types.js';

@Resolver()
export class CaseloadResolver {
  @Authorized(Permission.READ_CASELOAD)
  @Query(() => [Returnee], {
    description:
      'People actively assigned to a helper: a signed-in helper’s own by default; an officer names a helper in scope.',
  })
  helperCaseload(
    @Arg('helperUserId', () => ID, { nullable: true }) helperUserId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Returnee[]> {
    return caseloadService.helperCaseload(ctx, helperUserId);
  }

  @Authorized(Permission.READ_CASELOAD)
  @Query(() => [NoContactEntry], {
    description:
      'People in the caseload in your scope (open cases, parolees once their probation is over: Circular 10/2024/TT-BCA art. 7) not contacted for more than `days` days (default: the unit’s noContactDays), longest first.',
  })
  noContactList(
    @Arg('days', () => Int, { nullable: true }) days: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<NoContactEntry[]> {
    return caseloadService.noContactList(ctx, days);
  }
}
