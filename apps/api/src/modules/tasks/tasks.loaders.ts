import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupedLoader } from '../../common/dataloaders.js';
import { Task } from './task.entity.js';

export interface TaskLoaders {
  /** Every task about a person, earliest due first. */
  tasksByReturnee: DataLoader<string, Task[]>;
}

export function createTaskLoaders(dataSource: DataSource): TaskLoaders {
  return { tasksByReturnee: groupedLoader(dataSource, Task, 'returneeId', { dueOn: 'ASC', createdAt: 'ASC' }) };
}

declare module '../../context.js' {
  interface Loaders extends TaskLoaders {}
}
