import { Role } from '@hoanhap/shared';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, type Relation, VersionColumn } from 'typeorm';
import { BelongsTo, EnumColumn, TextColumn } from '../../common/columns.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';

registerEnumType(Role, { name: 'Role', description: 'What a user may do; see docs/security.md.' });

/** A person who signs in: ward police, committee staff, helpers, department viewers, auditors. */
@ObjectType({ description: 'A signed-in user of the product.' })
@Index(['unitId'])
@Index(['organisationId'])
@Entity({ name: 'app_user' })
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique. */
  @Field(() => String)
  @Index({ unique: true })
  @Column({ type: 'text' })
  email: string;

  @TextColumn()
  displayName: string;

  @EnumColumn(Role, 'role')
  role: Role;

  @Column({ type: 'uuid' })
  unitId: string;

  /** Helpers belong to an organisation (e.g. the ward's Women's Union). */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  /** Argon2id PHC string; never leaves the server. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /**
   * When the user's phone app last finished a sync (`reportDeviceSync`); null if it never has. The
   * notification rules warn after 3 days without one (issue 16 §2). Not personal data about a returnee.
   */
  @Column({ type: 'timestamptz', nullable: true })
  lastSyncedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn({ type: 'integer' })
  version: number;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;

  @BelongsTo(() => Organisation, { column: 'organisation_id', nullable: true, onDelete: 'RESTRICT' })
  organisation?: Relation<Organisation>;
}
