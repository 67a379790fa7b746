import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AuditEventResolver, ReturneeAccessHistoryResolver } from '../modules/audit/audit.resolver.js';
import { AdminUserResolver } from '../modules/admin/admin.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import {
  CommitteeMemberResolver,
  SteeringCommitteeResolver,
} from '../modules/committee/committee/committee.resolver.js';
import { DocumentResolver } from '../modules/committee/documents/document.resolver.js';
import { EmployerResolver, PlacementResolver } from '../modules/committee/employers/employer.resolver.js';
import { ReintegrationModelResolver } from '../modules/committee/models/model.resolver.js';
import {
  PledgeResolver,
  PledgeReviewItemResolver,
  PledgeReviewResolver,
  PledgeSignatoryResolver,
  PledgeTargetResolver,
} from '../modules/committee/pledges/pledge.resolver.js';
import { EmploymentPeriodResolver, ReturneeEmploymentResolver } from '../modules/employment/employment.resolver.js';
import { CaseloadResolver } from '../modules/helpers/caseload.resolver.js';
import { ContactResolver } from '../modules/helpers/contact.resolver.js';
import { HelperAssignmentResolver } from '../modules/helpers/helper.resolver.js';
import { ReturneeHelpersResolver } from '../modules/helpers/returnee-helpers.resolver.js';
import { ExpungementResolver } from '../modules/expungement/expungement.resolver.js';
import { ExportLogResolver } from '../modules/exports/export-log.resolver.js';
import { ConvictionResolver, ReturneeJudgmentsResolver } from '../modules/judgments/judgments.resolver.js';
import { ExpectedReleasesResolver } from '../modules/lifecycle/expected-releases.resolver.js';
import {
  CaseTransferResolver,
  LifecycleResolver,
  ReceptionResolver,
  ReturneeLifecycleResolver,
} from '../modules/lifecycle/lifecycle.resolver.js';
import { ReturneeResolver } from '../modules/returnees/returnee.resolver.js';
import { RevealResolver } from '../modules/reveals/reveal.resolver.js';
import { SavedViewResolver } from '../modules/saved-views/saved-view.resolver.js';
import { ServiceAccountResolver } from '../modules/service-accounts/service-account.resolver.js';
import { StatisticsResolver } from '../modules/statistics/statistics.resolver.js';
import { SupportResolver } from '../modules/support/support.resolver.js';
import { HolidayResolver } from '../modules/tasks/holiday.resolver.js';
import { TaskResolver } from '../modules/tasks/task.resolver.js';
import { OrganisationResolver } from '../modules/organisations/organisation.resolver.js';
import { UnitResolver } from '../modules/units/units.resolver.js';

export const RESOLVERS = [
  AuthResolver,
  AdminUserResolver,
  ServiceAccountResolver,
  RevealResolver,
  AuditEventResolver,
  ReturneeAccessHistoryResolver,
  ReintegrationModelResolver,
  DocumentResolver,
  SteeringCommitteeResolver,
  CommitteeMemberResolver,
  PledgeResolver,
  PledgeTargetResolver,
  PledgeSignatoryResolver,
  PledgeReviewResolver,
  PledgeReviewItemResolver,
  EmployerResolver,
  PlacementResolver,
  ExpungementResolver,
  ConvictionResolver,
  ReturneeJudgmentsResolver,
  EmploymentPeriodResolver,
  ReturneeEmploymentResolver,
  ReturneeResolver,
  LifecycleResolver,
  ReturneeLifecycleResolver,
  CaseTransferResolver,
  ReceptionResolver,
  ExpectedReleasesResolver,
  StatisticsResolver,
  UnitResolver,
  OrganisationResolver,
  HelperAssignmentResolver,
  ContactResolver,
  ReturneeHelpersResolver,
  CaseloadResolver,
  SupportResolver,
  TaskResolver,
  HolidayResolver,
  SavedViewResolver,
  ExportLogResolver,
] as const;

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
  });
  return built;
}
