import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { LocalDate } from '../../../common/scalars.js';
import { AdministrativeUnit } from '../../units/administrative-unit.entity.js';
import { DocumentKind } from '../enums.js';
import { ReintegrationModel } from '../models/reintegration-model.entity.js';
import { Pledge } from '../pledges/pledge.entity.js';

/**
 * An administrative document (văn bản) of the model: resolution, plan, decision, rules, report,
 * pledge, minutes. Not personal data; its file (if any) lives in `document_file`.
 */
@ObjectType({ description: 'An administrative document (văn bản), optionally with its file.' })
@Entity({ name: 'document' })
@Index(['unitId', 'issuedOn'])
@Index(['modelId'])
@Index(['committeeId'])
@Index(['pledgeId'])
export class Document extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @Field(() => DocumentKind)
  @Column({ type: 'enum', enum: DocumentKind, enumName: 'document_kind' })
  kind: DocumentKind;

  @Field(() => String, { nullable: true, description: 'Number and symbol, e.g. "15/QĐ-UBND".' })
  @Column({ type: 'text', nullable: true })
  numberSymbol: string | null;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  issuedOn: string;

  @Field(() => String, { description: 'Who issued it, e.g. "UBND phường Lãm Hà".' })
  @Column({ type: 'text' })
  issuer: string;

  @Field(() => String)
  @Column({ type: 'text' })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  modelId: string | null;

  @Field(() => ID, { nullable: true })
  /**
   * The steering committee it belongs to. A foreign key named by entity, not a relation object: the
   * committee entity points at its founding documents, and the two files must not import each other.
   */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('SteeringCommittee', { onDelete: 'RESTRICT' })
  committeeId: string | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  pledgeId: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<AdministrativeUnit>;

  @ManyToOne(() => ReintegrationModel, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'model_id' })
  model?: Relation<ReintegrationModel>;

  @ManyToOne(() => Pledge, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pledge_id' })
  pledge?: Relation<Pledge>;
}
