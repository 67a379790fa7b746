import { AgreementStatus } from '@hoanhap/shared';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';

registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description: 'ACTIVE (in force between its dates) or SUSPENDED (its keys are refused).',
});

/**
 * A data-sharing agreement with another department: the legal basis, purpose and limits under
 * which that department's keys read people's data (Decree 13/2023/NĐ-CP art. 17; Law
 * 91/2025/QH15 on personal data protection, in force 01/01/2026). Not personal data itself: the
 * contact is a department's business contact.
 */
@ObjectType({ description: 'A data-sharing agreement with another department; every key belongs to one.' })
@Index(['unitId'])
@Entity({ name: 'data_sharing_agreement' })
export class DataSharingAgreement {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The unit scope: this unit and every unit below it (and merged into it). */
  @Column({ type: 'uuid' })
  unitId: string;

  @TextColumn({ description: 'The counterpart department, e.g. "Sở Lao động – Thương binh và Xã hội Hải Phòng".' })
  counterpart: string;

  @TextColumn({ description: 'Number of the document the sharing rests on, e.g. "125/QĐ-UBND".' })
  legalBasisNumber: string;

  @DateColumn({ nullable: true, description: 'Date of that document (empty for agreements recorded before).' })
  legalBasisDate: string | null;

  @TextColumn({ description: 'What the data is shared for.' })
  purpose: string;

  @Field(() => [String], { description: 'Root fields (queries, mutations) its keys may be allowed.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedOperations: string[];

  @Field(() => [String], { description: 'Fields answered null to its keys, as "Type.field" (see docs/api.md).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  redactedFields: string[];

  @DateColumn({ description: 'First day in force (Vietnam time).' })
  startsOn: string;

  @DateColumn({ description: 'Last day in force (Vietnam time); its keys are refused from the next day.' })
  endsOn: string;

  @TextColumn({ nullable: true })
  contactName: string | null;

  @TextColumn({ nullable: true })
  contactEmail: string | null;

  @TextColumn({ nullable: true })
  contactPhone: string | null;

  @EnumColumn(AgreementStatus, 'data_sharing_agreement_status')
  status: AgreementStatus;

  @TextColumn({ nullable: true, description: 'Why it was suspended (while SUSPENDED).' })
  suspensionReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** Optimistic version: an edit names the version it read, so concurrent edits never overwrite. */
  @Field(() => Int)
  @VersionColumn({ type: 'integer' })
  version: number;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;
}
