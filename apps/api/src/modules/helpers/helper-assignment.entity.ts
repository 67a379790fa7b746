import { HelperRole } from '@hoanhap/shared';
import { ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(HelperRole, { name: 'HelperRole' });

/**
 * A helper assigned to a person: a named person from an organisation, with a user account when
 * they sign in. Many per person ("3 trên 1", "5+1" models).
 */
@ObjectType({ description: 'A helper assigned to a person (phân công giúp đỡ).' })
@Index(['organisationId'])
@Entity({ name: 'helper_assignment' })
@Index(['returneeId', 'startedOn'])
@Index(['helperUserId'])
export class HelperAssignment extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @TextColumn()
  helperName: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  /** The helper's account, when they have one: their caseload is what they may see. */
  @Column({ type: 'uuid', nullable: true })
  helperUserId: string | null;

  @TextColumn({ nullable: true })
  helperPhone: string | null;

  @EnumColumn(HelperRole, 'helper_role')
  role: HelperRole;

  @DateColumn()
  startedOn: string;

  @DateColumn({ nullable: true })
  endedOn: string | null;

  @TextColumn({ nullable: true })
  endReason: string | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;

  @BelongsTo(() => Organisation, { column: 'organisation_id', nullable: false, onDelete: 'RESTRICT' })
  organisation?: Relation<Organisation>;

  @BelongsTo(() => User, { column: 'helper_user_id', nullable: true, onDelete: 'RESTRICT' })
  helperUser?: Relation<User>;
}
