import type { FeatureModule } from '../common/feature-module.js';
import { adminModule } from './admin/index.js';
import { agreementsModule } from './agreements/index.js';
import { auditModule } from './audit/index.js';
import { authModule } from './auth/index.js';
import { campaignsModule } from './campaigns/index.js';
import { clientChangesModule } from './client-changes/index.js';
import { committeeModule } from './committee/index.js';
import { employmentModule } from './employment/index.js';
import { eventsModule } from './events/index.js';
import { exportsModule } from './exports/index.js';
import { importsModule } from './imports/index.js';
import { expungementModule } from './expungement/index.js';
import { handoverModule } from './handover/index.js';
import { helpersModule } from './helpers/index.js';
import { judgmentsModule } from './judgments/index.js';
import { lifecycleModule } from './lifecycle/index.js';
import { minimisationModule } from './minimisation/index.js';
import { notificationsModule } from './notifications/index.js';
import { organisationsModule } from './organisations/index.js';
import { personFileModule } from './person-file/index.js';
import { reportsModule } from './reports/index.js';
import { returneesModule } from './returnees/index.js';
import { revealsModule } from './reveals/index.js';
import { savedViewsModule } from './saved-views/index.js';
import { serviceAccountsModule } from './service-accounts/index.js';
import { statisticsModule } from './statistics/index.js';
import { supportModule } from './support/index.js';
import { tasksModule } from './tasks/index.js';
import { unitsModule } from './units/index.js';
import { webhooksModule } from './webhooks/index.js';

/** Every feature module of the API; the data source, the schema and the request loaders fold over it. */
export const MODULES: readonly FeatureModule[] = [
  adminModule,
  agreementsModule,
  auditModule,
  authModule,
  campaignsModule,
  clientChangesModule,
  committeeModule,
  employmentModule,
  eventsModule,
  exportsModule,
  importsModule,
  expungementModule,
  handoverModule,
  helpersModule,
  judgmentsModule,
  lifecycleModule,
  minimisationModule,
  notificationsModule,
  organisationsModule,
  personFileModule,
  reportsModule,
  returneesModule,
  revealsModule,
  savedViewsModule,
  serviceAccountsModule,
  statisticsModule,
  supportModule,
  tasksModule,
  unitsModule,
  webhooksModule,
];

/** Every module's background jobs (jobs/job-queue.ts makes a queue for each and works them). */
export const JOBS = MODULES.flatMap((module) => module.jobs ?? []);
