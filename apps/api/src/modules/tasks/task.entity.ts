import { TaskKind } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';

registerEnumType(TaskKind, { name: 'TaskKind', description: 'Which rule created the task, or MANUAL.' });

/**
 * Something to do by a date: created by a deadline rule (address verification, parolee
 * assessment, report-in, expungement eligibility, no contact) or by hand. `ruleKey` makes rule
 * tasks idempotent: a rule run twice creates one task.
 */
@ObjectType({ description: 'A task (việc cần làm) with a due date.' })
@Index(['returneeId', 'dueOn'])
@Index(['completedById'])
@Entity({ name: 'task' })
@Index(['unitId', 'dueOn'])
@Index(['ownerId', 'dueOn'])
@Index(['ruleKey'], { unique: true, where: 'rule_key IS NOT NULL' })
/** Open tasks by due date, nationwide: the hourly notification rules read a few days of them. */
@Index('IDX_task_open_due', ['dueOn'], { where: 'completed_at IS NULL' })
export class Task extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid', nullable: true })
  returneeId: string | null;

  @EnumColumn(TaskKind, 'task_kind')
  kind: TaskKind;

  @TextColumn()
  title: string;

  @DateColumn()
  dueOn: string;

  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column({ type: 'text', nullable: true })
  ruleKey: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  completedById: string | null;

  @TextColumn({ nullable: true })
  note: string | null;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: true, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;

  @BelongsTo(() => User, { column: 'owner_id', nullable: true, onDelete: 'RESTRICT' })
  owner?: Relation<User>;

  @BelongsTo(() => User, { column: 'completed_by_id', nullable: true, onDelete: 'RESTRICT' })
  completedBy?: Relation<User>;
}
