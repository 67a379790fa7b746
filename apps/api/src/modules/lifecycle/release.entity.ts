import { ReleaseType } from '@hoanhap/shared';
import { ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, TextColumn } from '../../common/columns.js';
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

  @EnumColumn(ReleaseType, 'release_type')
  type: ReleaseType;

  @TextColumn({
    nullable: true,
    description: 'Number of the certificate or decision (số giấy chứng nhận / quyết định).',
  })
  certificateNumber: string | null;

  @DateColumn()
  releasedOn: string;

  @TextColumn()
  prison: string;

  @DateColumn({ nullable: true, description: 'For parole: the last day of probation.' })
  probationEndsOn: string | null;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;
}
