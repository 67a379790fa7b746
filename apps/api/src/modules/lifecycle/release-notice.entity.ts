import { AddressVerification } from '@hoanhap/shared';
import { ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(AddressVerification, { name: 'AddressVerification' });

/** The prison's advance notice of a release; the address must be verified within 3 working days. */
@ObjectType({ description: 'The prison’s notice before release (thông báo trước khi chấp hành xong án).' })
@Entity({ name: 'release_notice' })
@Index(['returneeId'])
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

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;
}
