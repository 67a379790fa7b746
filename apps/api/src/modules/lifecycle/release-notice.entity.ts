import { AddressVerification } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(AddressVerification, { name: 'AddressVerification' });

/** The prison's advance notice of a release; the address must be verified within 3 working days. */
@ObjectType({ description: 'The prison’s notice before release (thông báo trước khi chấp hành xong án).' })
@Entity({ name: 'release_notice' })
@Index(['returneeId'])
export class ReleaseNotice extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  receivedOn: string;

  @Field(() => String)
  @Column({ type: 'text' })
  prison: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  expectedReleaseOn: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  statedAddress: string;

  @Field(() => LocalDate, {
    description: 'Three working days after the notice was received (Circular 10/2024 art. 8).',
  })
  @Column({ type: 'date' })
  verificationDueOn: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  verifiedOn: string | null;

  @Field(() => AddressVerification, { nullable: true })
  @Column({ type: 'enum', enum: AddressVerification, enumName: 'address_verification', nullable: true })
  verificationResult: AddressVerification | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;
}
