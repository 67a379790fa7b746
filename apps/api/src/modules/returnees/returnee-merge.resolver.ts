import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { PERSON_TABLES } from './person-tables.js';
import { Returnee } from './returnee.entity.js';
import { possibleDuplicates } from './returnee-duplicates.js';
import { mergeReturnees } from './returnee-merge.js';
import { MergeReturneesInput, RelatedRecordCount } from './returnee-merge.types.js';

@Resolver(() => Returnee)
export class ReturneeMergeResolver {
  @Authorized(Permission.MERGE_RECORDS)
  @Query(() => [Returnee], {
    description:
      'Other records in your scope that may be the same person (same date of birth and name; without a date of birth, the same name), to merge with `mergeReturnees`. NOT_FOUND when the person is missing or outside your scope.',
  })
  possibleDuplicates(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Returnee[]> {
    return possibleDuplicates(ctx, id);
  }

  @Authorized(Permission.MERGE_RECORDS)
  @Mutation(() => Returnee, {
    description:
      'Merges two records of the same person: every related record moves to the survivor, its empty identity fields are filled from the absorbed record, and the absorbed record then answers `returnee(id)` with the survivor. Both records must be in your scope (else NOT_FOUND) and at the versions you read (else CONFLICT). Answers the survivor. docs/api.md, "Merging two records of one person".',
  })
  mergeReturnees(
    @Arg('input', () => MergeReturneesInput) input: MergeReturneesInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Returnee> {
    return mergeReturnees(ctx, input);
  }

  @Authorized(Permission.MERGE_RECORDS)
  @FieldResolver(() => [RelatedRecordCount], {
    description: 'How many records of each kind belong to the person, for comparing two records before a merge.',
  })
  async relatedRecordCounts(@Root() r: Returnee, @Ctx() ctx: RequestContext): Promise<RelatedRecordCount[]> {
    const counts = await ctx.loaders.relatedRecordCounts.load(r.id);
    return PERSON_TABLES.map((kind) => ({ kind, count: counts[kind] ?? 0 }));
  }
}
