import { defineModule } from '../../common/feature-module.js';
import { AdministrativeUnit } from './administrative-unit.entity.js';
import { UnitResolver } from './units.resolver.js';
import { createUnitLoaders } from './units.loaders.js';

export const unitsModule = defineModule({
  name: 'units',
  entities: [AdministrativeUnit],
  resolvers: [UnitResolver],
  loaders: createUnitLoaders,
});
