import type { DataSource } from 'typeorm';
import { type AuditLoaders, createAuditLoaders } from './modules/audit/audit.loaders.js';
import { type CommitteeLoaders, createCommitteeLoaders } from './modules/committee/committee.loaders.js';
import { createEmploymentLoaders, type EmploymentLoaders } from './modules/employment/employment.loaders.js';
import { createHelperLoaders, type HelperLoaders } from './modules/helpers/helpers.loaders.js';
import { createJudgmentsLoaders, type JudgmentsLoaders } from './modules/judgments/judgments.loaders.js';
import { createLifecycleLoaders, type LifecycleLoaders } from './modules/lifecycle/lifecycle.loaders.js';
import { createReturneeLoaders, type ReturneeLoaders } from './modules/returnees/returnee.loaders.js';
import { createRevealLoaders, type RevealLoaders } from './modules/reveals/reveal.loaders.js';
import { createSupportLoaders, type SupportLoaders } from './modules/support/support.loaders.js';
import { createTaskLoaders, type TaskLoaders } from './modules/tasks/tasks.loaders.js';
import { createUnitLoaders, type UnitLoaders } from './modules/units/units.loaders.js';

/** Every per-request DataLoader. A module adds its own by extending this type and the factory. */
export type Loaders = UnitLoaders &
  AuditLoaders &
  ReturneeLoaders &
  JudgmentsLoaders &
  EmploymentLoaders &
  LifecycleLoaders &
  HelperLoaders &
  SupportLoaders &
  TaskLoaders &
  CommitteeLoaders &
  RevealLoaders;

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    ...createUnitLoaders(dataSource),
    ...createAuditLoaders(dataSource),
    ...createReturneeLoaders(dataSource),
    ...createJudgmentsLoaders(dataSource),
    ...createEmploymentLoaders(dataSource),
    ...createLifecycleLoaders(dataSource),
    ...createHelperLoaders(dataSource),
    ...createSupportLoaders(dataSource),
    ...createTaskLoaders(dataSource),
    ...createCommitteeLoaders(dataSource),
    ...createRevealLoaders(dataSource),
  };
}
