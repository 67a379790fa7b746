import {
  Column,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity.js';

/**
 * What the committee keeps about a partner employer (an `organisation` of kind EMPLOYER): contact
 * and staff size (the denominator of the Social Policy Bank's 10% rule, Decision 22/2023/QĐ-TTg). The contact
 * person's name and phone are business contact details.
 */
@Entity({ name: 'employer_profile' })
export class EmployerProfile {
  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'text', nullable: true })
  contactPerson: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  address: string | null;

  /** Workers on labour contracts, as the employer declares it. */
  @Column({ type: 'integer', nullable: true })
  staffCount: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;

  @OneToOne(() => Organisation, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;
}
