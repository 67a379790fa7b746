import {
  CommitteeRole,
  DocumentKind,
  JobOfferStatus,
  ModelStatus,
  PledgeIndicator,
  PledgeKind,
  ReviewKind,
  TargetDirection,
  TargetKind,
} from '@hoanhap/shared';
import { registerEnumType } from 'type-graphql';

/* The committee area's enums, registered with GraphQL once (keys equal values, see shared). */
registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'Kind of administrative document (văn bản).' });
registerEnumType(ModelStatus, { name: 'ModelStatus' });
registerEnumType(CommitteeRole, {
  name: 'CommitteeRole',
  description: 'Role in the steering committee (Ban Chỉ đạo).',
});
registerEnumType(PledgeKind, { name: 'PledgeKind' });
registerEnumType(TargetKind, {
  name: 'TargetKind',
  description: 'COMPUTED: evaluated live from casework data; MANUAL: entered at a review with a document as evidence.',
});
registerEnumType(TargetDirection, { name: 'TargetDirection' });
registerEnumType(ReviewKind, { name: 'ReviewKind', description: 'SIX_MONTH: sơ kết; YEAR_END: tổng kết.' });
registerEnumType(JobOfferStatus, { name: 'JobOfferStatus' });
registerEnumType(PledgeIndicator, {
  name: 'PledgeIndicator',
  description: 'An indicator of the catalogue (query `pledgeIndicators` for labels and exact definitions).',
});

export {
  CommitteeRole,
  DocumentKind,
  JobOfferStatus,
  ModelStatus,
  PledgeIndicator,
  PledgeKind,
  ReviewKind,
  TargetDirection,
  TargetKind,
};
