import { defineModule } from '../../common/feature-module.js';
import { ClientChange } from './client-change.entity.js';

export const clientChangesModule = defineModule({
  name: 'client-changes',
  entities: [ClientChange],
});
