import { defineModule } from '../../common/feature-module.js';
import { CaseloadResolver } from './caseload.resolver.js';
import { Contact } from './contact.entity.js';
import { ContactResolver } from './contact.resolver.js';
import { HelperAssignment } from './helper-assignment.entity.js';
import { HelperAssignmentResolver } from './helper.resolver.js';
import { ReturneeHelpersResolver } from './returnee-helpers.resolver.js';
import { createHelperLoaders } from './helpers.loaders.js';

export const helpersModule = defineModule({
  name: 'helpers',
  entities: [Contact, HelperAssignment],
  resolvers: [CaseloadResolver, ContactResolver, HelperAssignmentResolver, ReturneeHelpersResolver],
  loaders: createHelperLoaders,
});
