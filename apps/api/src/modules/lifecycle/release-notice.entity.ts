import { AddressVerification } from '@hoanhap/shared';
import { ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, ForeignKey, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, IdColumn, TextColumn } from '../../common/columns.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(AddressVerification, { name: 'AddressVerification' });

/** The prison's advance notice of a release; the address must be verified within 3 working days. */
@ObjectType({ description: 'The prison’s notice before release (thông báo trước khi chấp hành xong án).' })
@Entity({ name: 'release_notice' })
@Index(['returneeId'])
// One notice per person and campaign: bringing the same list in again updates it (and the
// campaign's figures read its notices through this index).
@Index(['campaignId', 'returneeId'], { unique: true })
export class ReleaseNotice extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @DateColumn()
  receivedOn: string;

  @TextColumn()
  prison: string;

  @DateColumn({ nullable: true })
  expectedReleaseOn: string | null;

  @TextColumn()
  statedAddress: string;

  @DateColumn({ description: 'Three working days after the notice was received (Circular 10/2024 art. 8).' })
  verificationDueOn: string;

  @DateColumn({ nullable: true })
  verifiedOn: string | null;

  @EnumColumn(AddressVerification, 'address_verification', { nullable: true })
  verificationResult: AddressVerification | null;

  /**
   * The amnesty or bulk-release campaign the notice came in with. A foreign key named by entity:
   * the campaigns module reads notices, and the two must not import each other.
   */
  @IdColumn({ nullable: true, description: 'The campaign the notice came in with, if any.' })
  @ForeignKey('Campaign', { onDelete: 'RESTRICT' })
  campaignId: string | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;
}
