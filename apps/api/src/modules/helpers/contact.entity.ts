import { ContactChannel } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { HelperAssignment } from './helper-assignment.entity.js';

registerEnumType(ContactChannel, { name: 'ContactChannel' });

/** A meeting, visit or call with the person. The notes are restricted. */
@ObjectType({ description: 'A contact with the person (gặp gỡ). Notes are restricted.' })
@Entity({ name: 'contact' })
@Index(['returneeId', 'contactedOn'])
@Index(['helperAssignmentId', 'contactedOn'])
export class Contact extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Column({ type: 'uuid', nullable: true })
  helperAssignmentId: string | null;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  contactedOn: string;

  @Field(() => ContactChannel)
  @Column({ type: 'enum', enum: ContactChannel, enumName: 'contact_channel' })
  channel: ContactChannel;

  @Column({ type: 'uuid' })
  recordedById: string;

  /** Restricted: shown through a field resolver. */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  nextAction: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;

  @ManyToOne(() => HelperAssignment, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'helper_assignment_id' })
  helperAssignment?: Relation<HelperAssignment>;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: Relation<User>;
}
