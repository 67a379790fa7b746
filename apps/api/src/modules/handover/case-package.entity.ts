import { CasePackageStatus } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

registerEnumType(CasePackageStatus, { name: 'CasePackageStatus' });

/**
 * A case package on either side of a hand-over, by the package's own id. On the sender's side, the
 * package id and who it went to (not its content: the records stay in the file). On the receiving
 * side, the package as received and verified (personal data: the person's records), kept after
 * acceptance as the hand-over note: it holds the records not re-created and the audit summary.
 */
@ObjectType({ description: 'A signed case package sent or received (docs/api.md, Case packages).' })
@Index(['returneeId'])
@Entity({ name: 'case_package' })
export class CasePackage {
  @Field(() => String, { description: 'The package id, as signed by the sender.' })
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Field(() => CasePackageStatus)
  @Column({ type: 'enum', enum: CasePackageStatus, enumName: 'case_package_status' })
  status: CasePackageStatus;

  @Field(() => String)
  @Column({ type: 'text' })
  fromCode: string;

  @Field(() => String)
  @Column({ type: 'text' })
  toCode: string;

  /** The person sent (sender's side) or accepted into (receiving side); null before acceptance. */
  @Column({ type: 'uuid', nullable: true })
  returneeId: string | null;

  /** The package as received and verified; null on the sender's side. */
  @Column({ type: 'jsonb', nullable: true })
  content: Record<string, unknown> | null;

  @Column({ type: 'uuid' })
  byUserId: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;
}

export { CasePackageStatus };
