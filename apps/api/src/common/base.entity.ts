import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Identity, timestamps and the optimistic-concurrency version every editable record carries. */
@ObjectType()
export abstract class BaseRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Bumped on every update; an edit made against an older version is refused (CONFLICT). */
  @Field(() => Int, { description: 'Send it back with an edit: a stale version is refused with CONFLICT.' })
  @VersionColumn({ type: 'integer' })
  version: number;
}
