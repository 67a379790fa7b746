import { SupplementaryPenaltyKind } from '@hoanhap/shared';
import { ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn } from '../../common/columns.js';
import { Conviction } from './conviction.entity.js';

registerEnumType(SupplementaryPenaltyKind, { name: 'SupplementaryPenaltyKind' });

/** A supplementary penalty of a judgment (hình phạt bổ sung). Sensitive. */
@ObjectType({ description: 'A supplementary penalty (hình phạt bổ sung). Sensitive.' })
@Entity({ name: 'supplementary_penalty' })
@Index(['convictionId'])
export class SupplementaryPenalty extends BaseRecord {
  @Column({ type: 'uuid' })
  convictionId: string;

  @EnumColumn(SupplementaryPenaltyKind, 'supplementary_penalty_kind')
  kind: SupplementaryPenaltyKind;

  @DateColumn()
  startsOn: string;

  @DateColumn({ nullable: true })
  endsOn: string | null;

  @BelongsTo(() => Conviction, { column: 'conviction_id', nullable: false, onDelete: 'CASCADE' })
  conviction?: Relation<Conviction>;
}
