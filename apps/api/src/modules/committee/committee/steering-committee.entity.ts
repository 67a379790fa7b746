import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { LocalDate } from '../../../common/scalars.js';
import { AdministrativeUnit } from '../../units/administrative-unit.entity.js';
import { Document } from '../documents/document.entity.js';
import { ReintegrationModel } from '../models/reintegration-model.entity.js';

/** The steering committee (Ban Chỉ đạo) founded by a decision to run a model. Not personal data. */
@ObjectType({ description: 'A steering committee (Ban Chỉ đạo), founded by a decision, with operating rules.' })
@Entity({ name: 'steering_committee' })
@Index(['unitId'])
@Index(['modelId'])
@Check('steering_committee_term', '"term_to" IS NULL OR "term_to" >= "term_from"')
export class SteeringCommittee extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid', nullable: true })
  modelId: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'uuid' })
  foundingDecisionId: string;

  @Column({ type: 'uuid', nullable: true })
  operatingRulesId: string | null;

  @Field(() => LocalDate, { description: 'First day of the term.' })
  @Column({ type: 'date' })
  termFrom: string;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the term; null while open-ended.' })
  @Column({ type: 'date', nullable: true })
  termTo: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<AdministrativeUnit>;

  @ManyToOne(() => ReintegrationModel, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'model_id' })
  model?: Relation<ReintegrationModel>;

  @ManyToOne(() => Document, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'founding_decision_id' })
  foundingDecision?: Relation<Document>;

  @ManyToOne(() => Document, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'operating_rules_id' })
  operatingRules?: Relation<Document>;
}
