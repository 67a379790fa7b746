import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

/** The day the person reported in, the meeting record, their pledge and the needs found. */
@ObjectType({ description: 'Reception in the ward (tiếp nhận): meeting record HCD-05, information sheet HCD-02.' })
@Entity({ name: 'reception' })
@Index(['returneeId'])
export class Reception extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'uuid' })
  officerId: string;

  @Field(() => String, { nullable: true, description: 'Number of the meeting record (biên bản, form HCD-05).' })
  @Column({ type: 'text', nullable: true })
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

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'officer_id' })
  officer?: Relation<User>;
}
