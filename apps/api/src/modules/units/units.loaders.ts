import DataLoader from 'dataloader';
import { type DataSource, In } from 'typeorm';
import { AdministrativeUnit } from './administrative-unit.entity.js';

export interface UnitLoaders {
  unitById: DataLoader<string, AdministrativeUnit | null>;
}

/** Per-request loaders: many units asked for in one request cost one query. */
export function createUnitLoaders(dataSource: DataSource): UnitLoaders {
  return {
    unitById: new DataLoader(async (ids) => {
      const rows = await dataSource.getRepository(AdministrativeUnit).findBy({ id: In([...ids]) });
      const byId = new Map(rows.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

declare module '../../context.js' {
  interface Loaders extends UnitLoaders {}
}
