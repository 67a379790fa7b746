import { defineModule } from '../../common/feature-module.js';
import { createAuthLoaders } from './auth.loaders.js';
import { AuthResolver } from './auth.resolver.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export const authModule = defineModule({
  name: 'auth',
  entities: [Session, User],
  resolvers: [AuthResolver],
  loaders: createAuthLoaders,
});
