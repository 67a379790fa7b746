import { ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { BelongsTo, DateColumn, TextColumn } from '../../../common/columns.js';
import { AdministrativeUnit } from '../../units/administrative-unit.entity.js';
import { Document } from '../documents/document.entity.js';
import { ReintegrationModel } from '../models/reintegration-model.entity.js';

/** The steering committee (Ban Chỉ đạo) founded by a decision to run a model. Not personal data. */
@ObjectType({ description: 'A steering committee (Ban Chỉ đạo), founded by a decision, with operating rules.' })
@Index(['operatingRulesId'])
@Index(['foundingDecisionId'])
@Entity({ name: 'steering_committee' })
@Index(['unitId'])
@Index(['modelId'])
@Check('steering_committee_term', '"term_to" IS NULL OR "term_to" >= "term_from"')
export class SteeringCommittee extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'uuid', nullable: true })
  modelId: string | null;

  @TextColumn()
  name: string;

  @Column({ type: 'uuid' })
  foundingDecisionId: string;

  @Column({ type: 'uuid', nullable: true })
  operatingRulesId: string | null;

  @DateColumn({ description: 'First day of the term.' })
  termFrom: string;

  @DateColumn({ nullable: true, description: 'Last day of the term; null while open-ended.' })
  termTo: string | null;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;

  @BelongsTo(() => ReintegrationModel, { column: 'model_id', nullable: true, onDelete: 'RESTRICT' })
  model?: Relation<ReintegrationModel>;

  @BelongsTo(() => Document, { column: 'founding_decision_id', nullable: false, onDelete: 'RESTRICT' })
  foundingDecision?: Relation<Document>;

  @BelongsTo(() => Document, { column: 'operating_rules_id', nullable: true, onDelete: 'RESTRICT' })
  operatingRules?: Relation<Document>;
}
