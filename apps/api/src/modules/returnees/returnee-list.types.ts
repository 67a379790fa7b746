import { CaseStatus, ClassificationGroup, EmploymentStatus } from '@hoanhap/shared';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateField, OptionalId, TextField } from '../../common/fields.js';
import { CountedConnection } from '../../common/pagination/index.js';
import { Returnee } from './returnee.entity.js';
// Registers ClassificationGroup with GraphQL before this input refers to it.
import '../lifecycle/classification.entity.js';

/** The list counts its matches exactly up to this many (docs/api.md, "Totals"). */
export const TOTAL_COUNT_CAP = 10_000;
/** The most people a list's `ids` filter names (the web's selection of rows). */
export const SELECTION_MAX = 100;

export enum ReturneeSort {
  NAME = 'NAME',
  RETURNED_ON = 'RETURNED_ON',
  RETURNED_ON_DESC = 'RETURNED_ON_DESC',
}
registerEnumType(ReturneeSort, { name: 'ReturneeSort', description: 'Order of the returnees list.' });

@InputType({ description: 'Filters of the returnees list; all optional and combined with AND.' })
export class ReturneeFilter {
  @Field(() => [CaseStatus], { nullable: true })
  status?: CaseStatus[] | null;

  @Field(() => EmploymentStatus, {
    nullable: true,
    description: 'Employment status on `employmentOn` (default today).',
  })
  employmentStatus?: EmploymentStatus | null;

  @DateField({ nullable: true })
  employmentOn?: string | null;

  @Field(() => ClassificationGroup, { nullable: true, description: 'Group of the classification covering today.' })
  classificationGroup?: ClassificationGroup | null;

  @OptionalId('People with an active assignment to this helper (user id).')
  helperUserId?: string | null;

  @OptionalId('People with an active helper from this organisation.')
  organisationId?: string | null;

  @TextField({ max: 100, nullable: true, description: 'A unit within your scope (with everything below it).' })
  unitCode?: string | null;

  @DateField({ nullable: true })
  returnedFrom?: string | null;

  @DateField({ nullable: true })
  returnedTo?: string | null;

  @TextField({
    max: 200,
    nullable: true,
    description:
      'Name or other name, ignoring diacritics and case ("nguyen van" finds "Nguyễn Văn"); 12 digits match a personal identification number (số định danh cá nhân) exactly.',
  })
  search?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Only these people: a selection (at most ${SELECTION_MAX}), e.g. to export it.`,
  })
  @IsOptional()
  @ArrayMaxSize(SELECTION_MAX, { message: 'TOO_MANY' })
  ids?: string[] | null;

  @Field(() => ReturneeSort, { nullable: true, defaultValue: ReturneeSort.NAME })
  sort?: ReturneeSort | null;
}

@ObjectType({ description: 'A page of people, with keyset cursors.' })
export class ReturneeConnection extends CountedConnection(
  Returnee,
  'Returnee',
  'How many people match the filter, across all pages.',
) {
  @Field(() => Boolean, {
    description: `False when more than ${TOTAL_COUNT_CAP.toLocaleString('en')} people match: counting stopped there and totalCount is ${(TOTAL_COUNT_CAP + 1).toLocaleString('en')}, meaning "more than ${TOTAL_COUNT_CAP.toLocaleString('en')}", so a city's list stays as quick as a ward's. Exact figures for a city come from reintegrationStats.`,
  })
  totalCountExact: boolean;
}
