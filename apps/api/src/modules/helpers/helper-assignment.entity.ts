import { HelperRole } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { User } from '../auth/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(HelperRole, { name: 'HelperRole' });

/**
 * A helper assigned to a person: a named person from an organisation, with a user account when
 * they sign in. Many per person ("3 trên 1", "5+1" models).
 */
@ObjectType({ description: 'A helper assigned to a person (phân công giúp đỡ).' })
@Entity({ name: 'helper_assignment' })
@Index(['returneeId', 'startedOn'])
@Index(['helperUserId'])
export class HelperAssignment extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  helperName: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  /** The helper's account, when they have one: their caseload is what they may see. */
  @Column({ type: 'uuid', nullable: true })
  helperUserId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  helperPhone: string | null;

  @Field(() => HelperRole)
  @Column({ type: 'enum', enum: HelperRole, enumName: 'helper_role' })
  role: HelperRole;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  startedOn: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  endReason: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'helper_user_id' })
  helperUser?: Relation<User>;
}
