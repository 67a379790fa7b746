import { defineModule } from '../../common/feature-module.js';
import { CasePackage } from './case-package.entity.js';
import { DeploymentKey } from './deployment-key.entity.js';
import { HandoverResolver } from './handover.resolver.js';
import { PartnerDeployment } from './partner-deployment.entity.js';

export const handoverModule = defineModule({
  name: 'handover',
  entities: [DeploymentKey, PartnerDeployment, CasePackage],
  resolvers: [HandoverResolver],
});
