import { ContactChannel } from '@hoanhap/shared';
import { ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { HelperAssignment } from './helper-assignment.entity.js';

registerEnumType(ContactChannel, { name: 'ContactChannel' });

/** A meeting, visit or call with the person. The notes are restricted. */
@ObjectType({ description: 'A contact with the person (gặp gỡ). Notes are restricted.' })
@Index(['recordedById'])
@Entity({ name: 'contact' })
@Index(['returneeId', 'contactedOn'])
@Index(['helperAssignmentId', 'contactedOn'])
export class Contact extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Column({ type: 'uuid', nullable: true })
  helperAssignmentId: string | null;

  @DateColumn()
  contactedOn: string;

  @EnumColumn(ContactChannel, 'contact_channel')
  channel: ContactChannel;

  @Column({ type: 'uuid' })
  recordedById: string;

  /** Restricted: shown through a field resolver. */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @TextColumn({ nullable: true })
  nextAction: string | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;

  @BelongsTo(() => HelperAssignment, { column: 'helper_assignment_id', nullable: true, onDelete: 'SET NULL' })
  helperAssignment?: Relation<HelperAssignment>;

  @BelongsTo(() => User, { column: 'recorded_by_id', nullable: false, onDelete: 'RESTRICT' })
  recordedBy?: Relation<User>;
}
