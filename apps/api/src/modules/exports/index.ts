import { defineModule } from '../../common/feature-module.js';
import { ExportLogResolver } from './export-log.resolver.js';

export const exportsModule = defineModule({
  name: 'exports',
  resolvers: [ExportLogResolver],
});
