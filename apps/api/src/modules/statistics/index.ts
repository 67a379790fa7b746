import { defineModule } from '../../common/feature-module.js';
import { CaseloadPointResolver, ReintegrationFiguresResolver } from './statistics-figures.resolver.js';
import { StatisticsResolver } from './statistics.resolver.js';

export const statisticsModule = defineModule({
  name: 'statistics',
  resolvers: [StatisticsResolver, ReintegrationFiguresResolver, CaseloadPointResolver],
});
