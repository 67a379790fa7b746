import { defineModule } from '../../common/feature-module.js';
import { CommitteeMember } from './committee/committee-member.entity.js';
import { CommitteeMemberResolver, SteeringCommitteeResolver } from './committee/committee.resolver.js';
import { SteeringCommittee } from './committee/steering-committee.entity.js';
import { DocumentFile } from './documents/document-file.entity.js';
import { Document } from './documents/document.entity.js';
import { DocumentResolver } from './documents/document.resolver.js';
import { EmployerProfile } from './employers/employer-profile.entity.js';
import { EmployerResolver, PlacementResolver } from './employers/employer.resolver.js';
import { JobOffer } from './employers/job-offer.entity.js';
import { Placement } from './employers/placement.entity.js';
import { ReintegrationModelResolver } from './models/model.resolver.js';
import { ReintegrationModel } from './models/reintegration-model.entity.js';
import { PledgeReview, PledgeReviewItem } from './pledges/pledge-review.entity.js';
import { PledgeSignatory } from './pledges/pledge-signatory.entity.js';
import { PledgeTarget } from './pledges/pledge-target.entity.js';
import { Pledge } from './pledges/pledge.entity.js';
import {
  PledgeResolver,
  PledgeReviewItemResolver,
  PledgeReviewResolver,
  PledgeSignatoryResolver,
  PledgeTargetResolver,
} from './pledges/pledge.resolver.js';
import { createCommitteeLoaders } from './committee.loaders.js';

export const committeeModule = defineModule({
  name: 'committee',
  entities: [
    CommitteeMember,
    SteeringCommittee,
    Document,
    DocumentFile,
    EmployerProfile,
    JobOffer,
    Placement,
    ReintegrationModel,
    Pledge,
    PledgeReview,
    PledgeReviewItem,
    PledgeSignatory,
    PledgeTarget,
  ],
  resolvers: [
    CommitteeMemberResolver,
    SteeringCommitteeResolver,
    DocumentResolver,
    EmployerResolver,
    PlacementResolver,
    ReintegrationModelResolver,
    PledgeResolver,
    PledgeReviewItemResolver,
    PledgeReviewResolver,
    PledgeSignatoryResolver,
    PledgeTargetResolver,
  ],
  loaders: createCommitteeLoaders,
});
