import { Initial1795947266534 } from './1795947266534-initial.js';
import { Casework1795948634293 } from './1795948634293-casework.js';
import { HolidayCalendar1795949822094 } from './1795949822094-holiday-calendar.js';
import { LoginThrottle1795949974655 } from './1795949974655-login-throttle.js';
import { Committee1795950406221 } from './1795950406221-committee.js';
import { AuditChain1795951554744 } from './1795951554744-audit-chain.js';
import { ServiceAccounts1795951676059 } from './1795951676059-service-accounts.js';
import { SavedViews1795956479030 } from './1795956479030-saved-views.js';
import { NewYear2026Calendar1796524914688 } from './1796524914688-new-year-2026-calendar.js';
import { UnitNoteSources1796524914689 } from './1796524914689-unit-note-sources.js';
import { ForeignKeyIndexes1796538252026 } from './1796538252026-foreign-key-indexes.js';
import { UnitClosure1796538252027 } from './1796538252027-unit-closure.js';
import { StatisticsSummary1796600000000 } from './1796600000000-statistics-summary.js';
import { ReturneeNameOrder1796610000000 } from './1796610000000-returnee-name-order.js';
import { AuditSeal1796620000000 } from './1796620000000-audit-seal.js';
import { ServiceKeyBudget1796640000000 } from './1796640000000-service-key-budget.js';
import { ExportJobs1796650000000 } from './1796650000000-export-jobs.js';
import { ImportJobs1796660000000 } from './1796660000000-import-jobs.js';
import { StatisticsProvinceSummary1796670000000 } from './1796670000000-statistics-province-summary.js';
import { ImportTemplates1796680000000 } from './1796680000000-import-templates.js';
import { ImportFlags1796685000000 } from './1796685000000-import-flags.js';
import { ExportFormat1796686000000 } from './1796686000000-export-format.js';
import { PersonFile1796690000000 } from './1796690000000-person-file.js';
import { Campaigns1796700000000 } from './1796700000000-campaigns.js';
import { CaseHandover1796730000000 } from './1796730000000-case-handover.js';
import { MergedReturnees1796710000000 } from './1796710000000-merged-returnees.js';
import { Minimisation1796770000000 } from './1796770000000-minimisation.js';
import { ReportSubmissions1796780000000 } from './1796780000000-report-submissions.js';
import { ClientChanges1796820000000 } from './1796820000000-client-changes.js';
import { ClientChangeCreatedIndex1796840000000 } from './1796840000000-client-change-created-index.js';
import { NotificationCreatedIndex1796850000000 } from './1796850000000-notification-created-index.js';
import { DeviceSync1796870000000 } from './1796870000000-device-sync.js';
import { TaskOpenDue1796880000000 } from './1796880000000-task-open-due.js';
import { ZnsReceipts1796890000000 } from './1796890000000-zns-receipts.js';
import { DataSharingAgreements1796790000000 } from './1796790000000-data-sharing-agreements.js';
import { KeyAgreements1796791000000 } from './1796791000000-key-agreements.js';
import { DomainEvents1796800000000 } from './1796800000000-domain-events.js';
import { Webhooks1796801000000 } from './1796801000000-webhooks.js';
import { Notifications1796810000000 } from './1796810000000-notifications.js';

/** Committed migrations, in order. The schema comes from these alone (never `synchronize`). */
export const MIGRATIONS = [
  Initial1795947266534,
  Casework1795948634293,
  HolidayCalendar1795949822094,
  LoginThrottle1795949974655,
  Committee1795950406221,
  AuditChain1795951554744,
  ServiceAccounts1795951676059,
  SavedViews1795956479030,
  NewYear2026Calendar1796524914688,
  UnitNoteSources1796524914689,
  ForeignKeyIndexes1796538252026,
  UnitClosure1796538252027,
  StatisticsSummary1796600000000,
  ReturneeNameOrder1796610000000,
  AuditSeal1796620000000,
  ServiceKeyBudget1796640000000,
  ExportJobs1796650000000,
  ImportJobs1796660000000,
  StatisticsProvinceSummary1796670000000,
  ImportTemplates1796680000000,
  ImportFlags1796685000000,
  ExportFormat1796686000000,
  PersonFile1796690000000,
  Campaigns1796700000000,
  MergedReturnees1796710000000,
  CaseHandover1796730000000,
  Minimisation1796770000000,
  ReportSubmissions1796780000000,
  DataSharingAgreements1796790000000,
  KeyAgreements1796791000000,
  DomainEvents1796800000000,
  Webhooks1796801000000,
  Notifications1796810000000,
  ClientChanges1796820000000,
  ClientChangeCreatedIndex1796840000000,
  NotificationCreatedIndex1796850000000,
  DeviceSync1796870000000,
  TaskOpenDue1796880000000,
  ZnsReceipts1796890000000,
];
