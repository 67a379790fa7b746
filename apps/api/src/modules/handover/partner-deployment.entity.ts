import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { TextColumn } from '../../common/columns.js';

/**
 * Another deployment whose case packages this one accepts: its code and Ed25519 public key, as its
 * administrator gave them. Revoked partners are kept (who was trusted when stays readable). Not
 * personal data beyond a contact line for the partner's office.
 */
@ObjectType({ description: 'A deployment whose signed case packages this deployment accepts.' })
@Index(['code'], { unique: true, where: 'revoked_at IS NULL' })
@Entity({ name: 'partner_deployment' })
export class PartnerDeployment extends BaseRecord {
  @TextColumn({ description: 'The partner’s deployment code, as it signs its packages.' })
  code: string;

  @TextColumn()
  name: string;

  @TextColumn({ description: 'Its Ed25519 public key, SPKI PEM.' })
  publicKey: string;

  @TextColumn({ nullable: true, description: 'Who to call at the partner about hand-overs.' })
  contact: string | null;

  @Field(() => Date, { nullable: true, description: 'Set: packages signed with this key are refused.' })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
