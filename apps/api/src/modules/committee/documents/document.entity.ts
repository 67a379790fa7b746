import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, IdColumn, TextColumn } from '../../../common/columns.js';
import { AdministrativeUnit } from '../../units/administrative-unit.entity.js';
import { DocumentKind } from '../enums.js';
import { ReintegrationModel } from '../models/reintegration-model.entity.js';
import { Pledge } from '../pledges/pledge.entity.js';
import { Returnee } from '../../returnees/returnee.entity.js';

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

  @EnumColumn(DocumentKind, 'document_kind')
  kind: DocumentKind;

  @TextColumn({ nullable: true, description: 'Number and symbol, e.g. "15/QĐ-UBND".' })
  numberSymbol: string | null;

  @DateColumn()
  issuedOn: string;

  @TextColumn({ description: 'Who issued it, e.g. "UBND phường Lãm Hà".' })
  issuer: string;

  @TextColumn()
  title: string;

  @TextColumn({ nullable: true })
  summary: string | null;

  @IdColumn({ nullable: true })
  modelId: string | null;

  @Field(() => ID, { nullable: true })
  /**
   * The steering committee it belongs to. A foreign key named by entity, not a relation object: the
   * committee entity points at its founding documents, and the two files must not import each other.
   */
  @Column({ type: 'uuid', nullable: true })
  @ForeignKey('SteeringCommittee', { onDelete: 'RESTRICT' })
  committeeId: string | null;

  @IdColumn({ nullable: true })
  pledgeId: string | null;

  /**
   * The person the document is about (a decision on their support, a signed commitment), if any:
   * it then belongs to their whole file and its archive. Personal data when set.
   */
  @IdColumn({ nullable: true })
  @Index()
  returneeId: string | null;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;

  @BelongsTo(() => ReintegrationModel, { column: 'model_id', nullable: true, onDelete: 'RESTRICT' })
  model?: Relation<ReintegrationModel>;

  @BelongsTo(() => Pledge, { column: 'pledge_id', nullable: true, onDelete: 'RESTRICT' })
  pledge?: Relation<Pledge>;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: true, onDelete: 'RESTRICT' })
  returnee?: Relation<Returnee>;
}
