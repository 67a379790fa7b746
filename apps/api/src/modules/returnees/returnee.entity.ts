import { CaseStatus, Sex } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { BaseRecord } from '../../common/base.entity.js';

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
// A wide scope (a city) walks every name in order and keeps those in scope: a page reads a page.
@Index(['searchName', 'id'])
// Possible duplicates (returnee-duplicates.ts): people born on the same day, then compared by name.
@Index(['dateOfBirth'])
// Trigram index for substring search on names; created by hand in a migration (pg_trgm).
@Index('returnee_search_name_trgm', { synchronize: false })
export class Returnee extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @Field(() => CaseStatus)
  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.NOTIFIED })
  status: CaseStatus;

  @TextColumn()
  fullName: string;

  /** `normalizeName(fullName + otherNames)`: what diacritic-insensitive search matches against. */
  @Column({ type: 'text' })
  searchName: string;

  @Field(() => [String], { description: 'Other names the person is known by.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  otherNames: string[];

  @DateColumn({ nullable: true })
  dateOfBirth: string | null;

  @EnumColumn(Sex, 'sex', { nullable: true })
  sex: Sex | null;

  @Index({ unique: true, where: 'citizen_id IS NOT NULL' })
  @Column({ type: 'char', length: 12, nullable: true })
  citizenId: string | null;

  @TextColumn({ nullable: true })
  permanentAddress: string | null;

  @TextColumn({ nullable: true })
  currentAddress: string | null;

  @TextColumn({ nullable: true, description: 'Tổ dân phố.' })
  residentialGroup: string | null;

  /** Shown through a field resolver (`familyContacts`). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  familyContacts: FamilyContact[];

  /** Null until the person has arrived (a prison notice comes before release). */
  @DateColumn({ nullable: true, description: 'Day the person arrived in the unit.' })
  returnedOn: string | null;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;

  /**
   * Set when this record was merged into another record of the same person (returnee-merge.ts):
   * it keeps its own details for the history, holds no related rows any more, is left out of
   * every list, search, statistic and export, and `returnee(id)` answers with the survivor.
   */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @BelongsTo(() => Returnee, { column: 'merged_into_id', nullable: true, onDelete: 'RESTRICT' })
  mergedInto?: Relation<Returnee>;

  @Column({ type: 'timestamptz', nullable: true })
  mergedAt: Date | null;

  /** Why the officer merged the records, as they wrote it. */
  @Column({ type: 'text', nullable: true })
  mergeReason: string | null;
}
