import { Field, ID, InputType, Int } from 'type-graphql';
import { SavedViewList } from './saved-view.entity.js';

// Lengths are checked in the service after trimming (a name of spaces is empty), so the reasons
// match what the web form shows.

@InputType({ description: 'Saves the current view of a list under a name.' })
export class SaveViewInput {
  @Field(() => SavedViewList)
  list: SavedViewList;

  @Field(() => String, { description: 'Trimmed; 1–80 characters; unique per owner and list, ignoring case.' })
  name: string;

  @Field(() => String, { description: 'The list’s URL search string, at most 2,000 characters.' })
  query: string;

  @Field(() => [String], { description: 'The visible column keys, at most 30.' })
  columns: string[];

  @Field(() => Boolean, { nullable: true, description: 'Share with colleagues of the same unit (default no).' })
  shared?: boolean | null;
}

@InputType({ description: 'Renames, re-shares or overwrites one of your saved views.' })
export class UpdateSavedViewInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read: a stale one gives CONFLICT.' })
  version: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  query?: string | null;

  @Field(() => [String], { nullable: true })
  columns?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  shared?: boolean | null;
}

@InputType({ description: 'Deletes one of your saved views.' })
export class DeleteSavedViewInput {
  @Field(() => ID)
  id: string;
}
