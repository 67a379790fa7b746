import type { DataSource } from 'typeorm';
import type { Loaders } from '../context.js';
import type { JobDefinition } from '../jobs/job.js';

/**
 * What a feature module brings to the application: its TypeORM entities, its type-graphql
 * resolvers, its per-request DataLoaders and its background jobs. Each module declares itself once in its `index.ts`;
 * the data source, the schema and the request context fold over `modules/index.ts`, so adding a
 * feature never means editing a central list of classes.
 */
export interface FeatureModule {
  /** The module's folder under `modules/`. */
  name: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM and type-graphql take classes as `Function`.
  entities?: Function[];
  // biome-ignore lint/complexity/noBannedTypes: as above.
  resolvers?: Function[];
  /**
   * Builds the module's DataLoaders for one request. Their types join `Loaders` (context.ts) by
   * declaration merging in the module's `*.loaders.ts`. `all` is every module's loaders of the same
   * request, filled by the time a batch runs, so a loader may prime another module's.
   */
  loaders?: (dataSource: DataSource, all: Loaders) => object;
  /** Work the module has done once, on the job queue, whatever the number of API processes. */
  // biome-ignore lint/suspicious/noExplicitAny: jobs of any data shape
  jobs?: JobDefinition<any>[];
}

export function defineModule(module: FeatureModule): FeatureModule {
  return module;
}
