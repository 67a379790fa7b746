import { defineModule } from '../../common/feature-module.js';
import { Organisation } from './organisation.entity.js';
import { createOrganisationLoaders } from './organisation.loaders.js';
import { OrganisationResolver } from './organisation.resolver.js';

export const organisationsModule = defineModule({
  name: 'organisations',
  entities: [Organisation],
  resolvers: [OrganisationResolver],
  loaders: createOrganisationLoaders,
});
