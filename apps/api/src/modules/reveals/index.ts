import { defineModule } from '../../common/feature-module.js';
import { RevealResolver } from './reveal.resolver.js';
import { SensitiveReveal } from './sensitive-reveal.entity.js';
import { createRevealLoaders } from './reveal.loaders.js';

export const revealsModule = defineModule({
  name: 'reveals',
  entities: [SensitiveReveal],
  resolvers: [RevealResolver],
  loaders: createRevealLoaders,
});
