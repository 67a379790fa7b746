import { Permission } from '@hoanhap/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { requireVisibleReturnee } from '../returnees/returnee-access.js';
import { exportCasePackage } from './case-package-export.service.js';
import { casePackageReceiveService } from './case-package-receive.service.js';
import { DeploymentKey } from './deployment-key.entity.js';
import {
  AcceptCasePackageInput,
  ExportCasePackageInput,
  ExportedCasePackage,
  RegisterPartnerDeploymentInput,
} from './handover.inputs.js';
import { PartnerDeployment } from './partner-deployment.entity.js';
import { partnerService } from './partner.service.js';

/** Hand-over between deployments: the administrator's trust, the sender's export, the receiver's acceptance. */
@Resolver()
export class HandoverResolver {
  @Authorized(Permission.ADMINISTER)
  @Query(() => DeploymentKey, { description: 'This deployment’s code and public key, to give to partner deployments.' })
  deploymentIdentity(@Ctx() ctx: RequestContext): Promise<DeploymentKey> {
    return partnerService.identity(ctx);
  }

  @Authorized(Permission.ADMINISTER)
  @Query(() => [PartnerDeployment], { description: 'Partner deployments, active first.' })
  partnerDeployments(@Ctx() ctx: RequestContext): Promise<PartnerDeployment[]> {
    return partnerService.list(ctx);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => PartnerDeployment, { description: 'Trust a partner deployment’s signed case packages. Audited.' })
  registerPartnerDeployment(
    @Arg('input', () => RegisterPartnerDeploymentInput) input: RegisterPartnerDeploymentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PartnerDeployment> {
    return partnerService.register(ctx, input);
  }

  @Authorized(Permission.ADMINISTER)
  @Mutation(() => PartnerDeployment, {
    description: 'Stop trusting a partner’s key (its packages are refused). Audited.',
  })
  revokePartnerDeployment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PartnerDeployment> {
    return partnerService.revoke(ctx, id);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => ExportedCasePackage, {
    description:
      'Hands a person’s case over to a ward of another deployment: answers the signed package once (save it as a file) and records the case as transferred out. Audited.',
  })
  exportCasePackage(
    @Arg('input', () => ExportCasePackageInput) input: ExportCasePackageInput,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ExportedCasePackage> {
    return exportCasePackage(ctx, info.schema, input);
  }

  @Authorized(Permission.WRITE_CASES)
  @Mutation(() => Returnee, {
    description:
      'Accepts a case package previewed with POST /case-packages/preview into a ward of yours, for a person on record (EXISTING) or a new one (NEW). Audited; a package is accepted once.',
  })
  async acceptCasePackage(
    @Arg('input', () => AcceptCasePackageInput) input: AcceptCasePackageInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Returnee> {
    const id = await casePackageReceiveService.accept(ctx, input);
    return requireVisibleReturnee(ctx, id);
  }
}
