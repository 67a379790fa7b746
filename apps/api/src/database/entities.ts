import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { CommitteeMember } from '../modules/committee/committee/committee-member.entity.js';
import { SteeringCommittee } from '../modules/committee/committee/steering-committee.entity.js';
import { Document } from '../modules/committee/documents/document.entity.js';
import { DocumentFile } from '../modules/committee/documents/document-file.entity.js';
import { EmployerProfile } from '../modules/committee/employers/employer-profile.entity.js';
import { JobOffer } from '../modules/committee/employers/job-offer.entity.js';
import { Placement } from '../modules/committee/employers/placement.entity.js';
import { ReintegrationModel } from '../modules/committee/models/reintegration-model.entity.js';
import { Pledge } from '../modules/committee/pledges/pledge.entity.js';
import { PledgeReview, PledgeReviewItem } from '../modules/committee/pledges/pledge-review.entity.js';
import { PledgeSignatory } from '../modules/committee/pledges/pledge-signatory.entity.js';
import { PledgeTarget } from '../modules/committee/pledges/pledge-target.entity.js';
import { Contact } from '../modules/helpers/contact.entity.js';
import { HelperAssignment } from '../modules/helpers/helper-assignment.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { CaseClosure } from '../modules/returnees/case-closure.entity.js';
import { CaseTransfer } from '../modules/returnees/case-transfer.entity.js';
import { Classification } from '../modules/returnees/classification.entity.js';
import { Conviction } from '../modules/returnees/conviction.entity.js';
import { EmploymentPeriod } from '../modules/returnees/employment-period.entity.js';
import { Incident } from '../modules/returnees/incident.entity.js';
import { Obligation } from '../modules/returnees/obligation.entity.js';
import { Reception } from '../modules/returnees/reception.entity.js';
import { Release } from '../modules/returnees/release.entity.js';
import { ReleaseNotice } from '../modules/returnees/release-notice.entity.js';
import { Returnee } from '../modules/returnees/returnee.entity.js';
import { SavedView } from '../modules/saved-views/saved-view.entity.js';
import { SensitiveReveal } from '../modules/reveals/sensitive-reveal.entity.js';
import { ServiceAccount } from '../modules/service-accounts/service-account.entity.js';
import { SupplementaryPenalty } from '../modules/returnees/supplementary-penalty.entity.js';
import { Support } from '../modules/support/support.entity.js';
import { Holiday } from '../modules/tasks/holiday.entity.js';
import { Task } from '../modules/tasks/task.entity.js';
import { AdministrativeUnit } from '../modules/units/administrative-unit.entity.js';

/** Every entity, registered in one place. */
export const ENTITIES = [
  AdministrativeUnit,
  Organisation,
  User,
  Session,
  ServiceAccount,
  SensitiveReveal,
  Returnee,
  ReleaseNotice,
  Release,
  Reception,
  Conviction,
  SupplementaryPenalty,
  Obligation,
  EmploymentPeriod,
  Classification,
  Incident,
  CaseClosure,
  CaseTransfer,
  HelperAssignment,
  Contact,
  Support,
  Task,
  Holiday,
  AuditEvent,
  ReintegrationModel,
  Document,
  DocumentFile,
  SteeringCommittee,
  CommitteeMember,
  Pledge,
  PledgeSignatory,
  PledgeTarget,
  PledgeReview,
  PledgeReviewItem,
  EmployerProfile,
  JobOffer,
  Placement,
  SavedView,
];
