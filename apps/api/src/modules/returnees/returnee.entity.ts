import { Sex } from '@hoanhap/shared';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { BaseRecord } from '../../common/base.entity.js';

/**
 * A person who completed a prison sentence and returned to a unit. Personal data; the citizen ID
 * is sensitive. `returnedOn` is the day they arrived in `unit`, the date the article's cohort
 * ("returned since 2020") is counted from.
 */
@Entity({ name: 'returnee' })
@Index(['unitId', 'returnedOn'])
export class Returnee extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @Column({ type: 'text' })
  fullName: string;

  /** `normalizeName(fullName + otherNames)`: what diacritic-insensitive search matches against. */
  @Column({ type: 'text' })
  searchName: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  otherNames: string[];

  @Column({ type: 'date', nullable: true })
  dateOfBirth: string | null;

  @Column({ type: 'enum', enum: Sex, enumName: 'sex', nullable: true })
  sex: Sex | null;

  @Index({ unique: true, where: 'citizen_id IS NOT NULL' })
  @Column({ type: 'char', length: 12, nullable: true })
  citizenId: string | null;

  @Column({ type: 'text', nullable: true })
  permanentAddress: string | null;

  @Column({ type: 'text', nullable: true })
  currentAddress: string | null;

  @Column({ type: 'text', nullable: true })
  residentialGroup: string | null;

  @Column({ type: 'date' })
  returnedOn: string;

  @ManyToOne(() => AdministrativeUnit, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<AdministrativeUnit>;
}
