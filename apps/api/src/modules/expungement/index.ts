import { defineModule } from '../../common/feature-module.js';
import { ExpungementResolver } from './expungement.resolver.js';

export const expungementModule = defineModule({
  name: 'expungement',
  resolvers: [ExpungementResolver],
});
