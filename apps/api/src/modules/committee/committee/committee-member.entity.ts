import { Field, ID, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { LocalDate } from '../../../common/scalars.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { CommitteeRole } from '../enums.js';
import { SteeringCommittee } from './steering-committee.entity.js';

/**
 * A seat on the committee held by a named official from `startedOn` to `endedOn` (inclusive).
 * Memberships are ended, never deleted, so the roster on any past date can be rebuilt. Names and
 * titles of officials acting in office: not sensitive.
 */
@ObjectType({ description: 'A member of a steering committee (thành viên), for a dated period.' })
@Entity({ name: 'committee_member' })
@Index(['committeeId', 'startedOn'])
// At most one open HEAD and one open STANDING_DEPUTY per committee, whatever the service does.
@Index('committee_member_one_open_head', ['committeeId'], {
  unique: true,
  where: `"role" = 'HEAD' AND "ended_on" IS NULL`,
})
@Index('committee_member_one_open_standing_deputy', ['committeeId'], {
  unique: true,
  where: `"role" = 'STANDING_DEPUTY' AND "ended_on" IS NULL`,
})
@Check('committee_member_dates', '"ended_on" IS NULL OR "ended_on" >= "started_on"')
export class CommitteeMember extends BaseRecord {
  @Field(() => ID)
  @Column({ type: 'uuid' })
  committeeId: string;

  @Field(() => String)
  @Column({ type: 'text' })
  personName: string;

  @Field(() => String, { description: 'Official title, e.g. "Phó Chủ tịch UBND phường".' })
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @Field(() => CommitteeRole)
  @Column({ type: 'enum', enum: CommitteeRole, enumName: 'committee_role' })
  role: CommitteeRole;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  startedOn: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day in the role; null while serving.' })
  @Column({ type: 'date', nullable: true })
  endedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  endReason: string | null;

  @ManyToOne(() => SteeringCommittee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'committee_id' })
  committee?: Relation<SteeringCommittee>;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;
}
