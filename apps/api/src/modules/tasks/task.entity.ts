import { TaskKind } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
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
@Entity({ name: 'task' })
@Index(['unitId', 'dueOn'])
@Index(['ownerId', 'dueOn'])
@Index(['ruleKey'], { unique: true, where: 'rule_key IS NOT NULL' })
export class Task extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid', nullable: true })
  returneeId: string | null;

  @Field(() => TaskKind)
  @Column({ type: 'enum', enum: TaskKind, enumName: 'task_kind' })
  kind: TaskKind;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
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

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<AdministrativeUnit>;

  @ManyToOne(() => Returnee, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<User>;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'completed_by_id' })
  completedBy?: Relation<User>;
}
