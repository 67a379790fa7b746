import { Session } from '../modules/auth/session.entity.js';
import { User } from '../modules/auth/user.entity.js';
import { Organisation } from '../modules/organisations/organisation.entity.js';
import { CaseClosure } from '../modules/returnees/case-closure.entity.js';
import { Conviction } from '../modules/returnees/conviction.entity.js';
import { EmploymentPeriod } from '../modules/returnees/employment-period.entity.js';
import { Release } from '../modules/returnees/release.entity.js';
import { Returnee } from '../modules/returnees/returnee.entity.js';
import { AdministrativeUnit } from '../modules/units/administrative-unit.entity.js';

/** Every entity, registered in one place. */
export const ENTITIES = [
  AdministrativeUnit,
  Organisation,
  Returnee,
  EmploymentPeriod,
  CaseClosure,
  Conviction,
  Release,
  User,
  Session,
];
