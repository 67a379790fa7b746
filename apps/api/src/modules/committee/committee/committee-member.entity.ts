import { ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, IdColumn, TextColumn } from '../../../common/columns.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { CommitteeRole } from '../enums.js';
import { SteeringCommittee } from './steering-committee.entity.js';

/**
 * A seat on the committee held by a named official from `startedOn` to `endedOn` (inclusive).
 * Memberships are ended, never deleted, so the roster on any past date can be rebuilt. Names and
 * titles of officials acting in office: not sensitive.
 */
@ObjectType({ description: 'A member of a steering committee (thành viên), for a dated period.' })
@Index(['organisationId'])
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
  @IdColumn()
  committeeId: string;

  @TextColumn()
  personName: string;

  @TextColumn({ description: 'Official title, e.g. "Phó Chủ tịch UBND phường".' })
  title: string;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @EnumColumn(CommitteeRole, 'committee_role')
  role: CommitteeRole;

  @DateColumn()
  startedOn: string;

  @DateColumn({ nullable: true, description: 'Last day in the role; null while serving.' })
  endedOn: string | null;

  @TextColumn({ nullable: true })
  endReason: string | null;

  @BelongsTo(() => SteeringCommittee, { column: 'committee_id', nullable: false, onDelete: 'CASCADE' })
  committee?: Relation<SteeringCommittee>;

  @BelongsTo(() => Organisation, { column: 'organisation_id', nullable: true, onDelete: 'RESTRICT' })
  organisation?: Relation<Organisation>;
}
