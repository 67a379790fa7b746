import { defineModule } from '../../common/feature-module.js';
import { SavedView } from './saved-view.entity.js';
import { SavedViewResolver } from './saved-view.resolver.js';

export const savedViewsModule = defineModule({
  name: 'saved-views',
  entities: [SavedView],
  resolvers: [SavedViewResolver],
});
