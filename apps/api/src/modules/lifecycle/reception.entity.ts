import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, TextColumn } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

/** The day the person reported in, the meeting record, their pledge and the needs found. */
@ObjectType({ description: 'Reception in the ward (tiếp nhận): meeting record HCD-05, information sheet HCD-02.' })
@Index(['officerId'])
@Entity({ name: 'reception' })
@Index(['returneeId'])
export class Reception extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @DateColumn()
  receivedOn: string;

  @Column({ type: 'uuid' })
  officerId: string;

  @TextColumn({ nullable: true, description: 'Number of the meeting record (biên bản, form HCD-05).' })
  meetingRecordNumber: string | null;

  @Field(() => Boolean, { description: 'The person signed their pledge at the meeting.' })
  @Column({ type: 'boolean', default: false })
  pledgeSigned: boolean;

  @Field(() => Boolean, { description: 'The information sheet (HCD-02) is filled in.' })
  @Column({ type: 'boolean', default: false })
  informationSheetDone: boolean;

  @Field(() => [String], { description: 'Needs found at reception (work, papers, housing…).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  needs: string[];

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;

  @BelongsTo(() => User, { column: 'officer_id', nullable: false, onDelete: 'RESTRICT' })
  officer?: Relation<User>;
}
