import { Field, Int, ObjectType } from 'type-graphql';
import { CountedConnection } from '../../common/pagination/index.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { ReleaseNotice } from '../lifecycle/release-notice.entity.js';
import { Campaign } from './campaign.entity.js';

@ObjectType({ description: 'A page of campaigns, newest first, with keyset cursors.' })
export class CampaignConnection extends CountedConnection(
  Campaign,
  'Campaign',
  'How many campaigns you can see, across all pages.',
) {}

/** Counts of the campaign's people; each person is counted once, in the ward they are on record in. */
@ObjectType({ description: 'Where a campaign’s people stand: counts of people.' })
export class CampaignProgress {
  @Field(() => Int, { description: 'People with a release notice of this campaign.' })
  notified: number;

  @Field(() => Int, { description: 'Notices whose address the ward has verified (Circular 10/2024 art. 8).' })
  addressVerified: number;

  @Field(() => Int, { description: 'People released (a release certificate is recorded).' })
  released: number;

  @Field(() => Int, { description: 'People who reported in to the ward (a reception is recorded, art. 9).' })
  reportedIn: number;

  @Field(() => Int, {
    description: 'People whose reception is complete: meeting record (HCD-05) and information sheet (HCD-02).',
  })
  received: number;

  @Field(() => Int, { description: 'People with at least one active helper.' })
  helperAssigned: number;

  @Field(() => Int, { description: 'People with at least one open task past its due date.' })
  overdue: number;
}

@ObjectType({ description: 'A campaign’s progress in one ward.' })
export class CampaignWardProgress extends CampaignProgress {
  @Field(() => AdministrativeUnit)
  unit: AdministrativeUnit;
}

@ObjectType({ description: 'A page of a campaign’s release notices in one ward, earliest received first.' })
export class CampaignNoticeConnection extends CountedConnection(
  ReleaseNotice,
  'CampaignNotice',
  'How many of the campaign’s notices the ward has, across all pages.',
) {}
