import { CaseStatus, Sex } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';

/**
 * A person who completed a prison sentence and returned to a unit. Personal data; the citizen ID
 * is sensitive. `returnedOn` is the day they arrived in `unit`, the date the article's cohort
 * ("returned since 2020") is counted from.
 */
registerEnumType(Sex, { name: 'Sex' });
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: 'Where the case is in its lifecycle (docs/domain.md, Lifecycle).',
});

/** A family member or other contact person. */
export interface FamilyContact {
  name: string;
  relation: string;
  phone: string | null;
}

@ObjectType({
  description: 'A person who completed a prison sentence and returned to a unit (người chấp hành xong án phạt tù).',
})
@Entity({ name: 'returnee' })
@Index(['unitId', 'returnedOn', 'id'])
@Index(['unitId', 'searchName', 'id'])
// Trigram index for substring search on names; created by hand in a migration (pg_trgm).
@Index('returnee_search_name_trgm', { synchronize: false })
export class Returnee extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @Field(() => CaseStatus)
  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.NOTIFIED })
  status: CaseStatus;

  @Field(() => String)
  @Column({ type: 'text' })
  fullName: string;

  /** `normalizeName(fullName + otherNames)`: what diacritic-insensitive search matches against. */
  @Column({ type: 'text' })
  searchName: string;

  @Field(() => [String], { description: 'Other names the person is known by.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  otherNames: string[];

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Field(() => Sex, { nullable: true })
  @Column({ type: 'enum', enum: Sex, enumName: 'sex', nullable: true })
  sex: Sex | null;

  @Index({ unique: true, where: 'citizen_id IS NOT NULL' })
  @Column({ type: 'char', length: 12, nullable: true })
  citizenId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  permanentAddress: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  currentAddress: string | null;

  @Field(() => String, { nullable: true, description: 'Tổ dân phố.' })
  @Column({ type: 'text', nullable: true })
  residentialGroup: string | null;

  /** Shown through a field resolver (`familyContacts`). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  familyContacts: FamilyContact[];

  /** Null until the person has arrived (a prison notice comes before release). */
  @Field(() => LocalDate, { nullable: true, description: 'Day the person arrived in the unit.' })
  @Column({ type: 'date', nullable: true })
  returnedOn: string | null;

  @ManyToOne(() => AdministrativeUnit, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<AdministrativeUnit>;
}
