import { Field, Int, ObjectType } from 'type-graphql';
import { CountedConnection } from '../../../common/pagination/index.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { PledgeIndicator, TargetDirection } from '../enums.js';
import { Pledge } from './pledge.entity.js';

@ObjectType({ description: 'A page of pledges, latest signed first, with keyset cursors.' })
export class PledgeConnection extends CountedConnection(
  Pledge,
  'Pledge',
  'How many pledges match the filter, across all pages.',
) {}

@ObjectType({
  description:
    'An organisation’s place in the year’s ranking: its score is sum of scores / sum of weights × 100 over the targets it is responsible for, from each pledge’s latest review of the year (year-end before 6-month).',
})
export class PledgeScoreboardEntry {
  @Field(() => Int, { description: '1 for the best; equal scores share a rank; 0 when not scored.' }) rank: number;
  @Field(() => Organisation) organisation: Organisation;
  @Field(() => Number, { nullable: true, description: 'Out of 100; null when none of its targets was measured.' })
  score: number | null;
  @Field(() => Int, { description: 'Targets it is responsible for in the reviews counted.' }) targetCount: number;
  @Field(() => Int, { description: 'Pledges it signed that were reviewed that year.' }) pledgeCount: number;
}

@ObjectType({ description: 'An indicator of the catalogue a COMPUTED target can measure.' })
export class PledgeIndicatorInfo {
  @Field(() => PledgeIndicator) code: PledgeIndicator;
  @Field(() => String) labelVi: string;
  @Field(() => String) labelEn: string;
  @Field(() => String, { description: 'PERCENT (0–100), COUNT or RATE.' }) unitOfMeasure: string;
  @Field(() => TargetDirection) defaultDirection: TargetDirection;
  @Field(() => String) definitionVi: string;
  @Field(() => String) definitionEn: string;
  @Field(() => Boolean, { description: 'The target must give `withinDays`.' }) needsDays: boolean;
  @Field(() => Boolean, { description: 'The target may give `supportType`.' }) takesSupportType: boolean;
}
