import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
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
];
