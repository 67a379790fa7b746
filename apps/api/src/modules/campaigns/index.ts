import { defineModule } from '../../common/feature-module.js';
import { Campaign } from './campaign.entity.js';
import { CampaignResolver } from './campaign.resolver.js';

export const campaignsModule = defineModule({
  name: 'campaigns',
  entities: [Campaign],
  resolvers: [CampaignResolver],
});
