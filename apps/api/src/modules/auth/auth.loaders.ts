import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byIdLoader } from '../../common/dataloaders.js';
import { User } from './user.entity.js';

export interface AuthLoaders {
  /** Staff accounts shown beside what they did (task owners, contact authors, audit actors), even if since disabled. */
  userById: DataLoader<string, User | null>;
}

export function createAuthLoaders(dataSource: DataSource): AuthLoaders {
  return { userById: byIdLoader(dataSource, User) };
}

declare module '../../context.js' {
  interface Loaders extends AuthLoaders {}
}
