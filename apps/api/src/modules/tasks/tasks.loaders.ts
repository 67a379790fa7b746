import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { Task } from './task.entity.js';

export interface TaskLoaders {
  /** Every task about a person, earliest due first. */
  tasksByReturnee: DataLoader<string, Task[]>;
  /** Users shown as task owners and contact authors (id, display name). */
  userSummaryById: DataLoader<string, User | null>;
  /** The person a task is about; the field resolver checks the actor may see them. */
  taskReturneeById: DataLoader<string, Returnee | null>;
}

export function createTaskLoaders(dataSource: DataSource): TaskLoaders {
  return {
    tasksByReturnee: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(Task).find({
        where: { returneeId: In([...ids]) },
        order: { dueOn: 'ASC', createdAt: 'ASC' },
      });
      const groups = new Map<string, Task[]>(ids.map((id) => [id, []]));
      for (const row of rows) if (row.returneeId) groups.get(row.returneeId)?.push(row);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    userSummaryById: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(User).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    taskReturneeById: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(Returnee).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends TaskLoaders {}
}
