import { defineModule } from '../../common/feature-module.js';
import { StatisticsResolver } from './statistics.resolver.js';

export const statisticsModule = defineModule({
  name: 'statistics',
  resolvers: [StatisticsResolver],
});
