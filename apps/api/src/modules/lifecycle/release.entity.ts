import { ReleaseType } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(ReleaseType, { name: 'ReleaseType' });

/** The prison's release certificate, or for a parolee the court's decision. Personal data. */
@ObjectType({
  description:
    'The release paper: a certificate (giấy chứng nhận chấp hành xong án phạt tù / đặc xá), or for a parolee the court’s decision (quyết định tha tù trước thời hạn có điều kiện).',
})
@Entity({ name: 'release' })
@Index(['returneeId'])
export class Release extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => ReleaseType)
  @Column({ type: 'enum', enum: ReleaseType, enumName: 'release_type' })
  type: ReleaseType;

  @Field(() => String, {
    nullable: true,
    description: 'Number of the certificate or decision (số giấy chứng nhận / quyết định).',
  })
  @Column({ type: 'text', nullable: true })
  certificateNumber: string | null;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  releasedOn: string;

  @Field(() => String)
  @Column({ type: 'text' })
  prison: string;

  @Field(() => LocalDate, { nullable: true, description: 'For parole: the last day of probation.' })
  @Column({ type: 'date', nullable: true })
  probationEndsOn: string | null;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;
}
