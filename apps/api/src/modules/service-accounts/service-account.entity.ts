import { Role } from '@hoanhap/shared';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { DataSharingAgreement } from '../agreements/agreement.entity.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
// Registers the Role enum with GraphQL before this type refers to it.
import '../auth/user.entity.js';

/**
 * Another department's integration. It signs in with `Authorization: Bearer <key>`; the table keeps
 * only the key's SHA-256, so a copy of the database cannot be used to call the API.
 */
@ObjectType({ description: 'An integration of another department, calling the API with a key.' })
@Index(['unitId'])
@Index(['agreementId'])
@Entity({ name: 'service_account' })
export class ServiceAccount {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @TextColumn()
  name: string;

  @EnumColumn(Role, 'role', { description: 'VIEWER or AUDITOR: integrations read, they do not record casework.' })
  role: Role;

  @Column({ type: 'uuid' })
  unitId: string;

  /** The data-sharing agreement the key works under: it stops with it, and never exceeds it. */
  @Column({ type: 'uuid' })
  agreementId: string;

  @Field(() => [String], { description: 'Root fields (queries, mutations) the key may call.' })
  @Column({ type: 'text', array: true })
  allowedOperations: string[];

  @DateColumn({ description: 'The key stops working on this date (Vietnam time).' })
  expiresOn: string;

  /** SHA-256 (hex) of the key; the key itself is shown once, at creation. */
  @Index({ unique: true })
  @Column({ type: 'text' })
  keyHash: string;

  @Field(() => Date, { nullable: true, description: 'Recorded at most once a minute.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid' })
  createdById: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;

  @BelongsTo(() => DataSharingAgreement, { column: 'agreement_id', nullable: false, onDelete: 'RESTRICT' })
  agreement?: Relation<DataSharingAgreement>;
}
