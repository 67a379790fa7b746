import { SupplementaryPenaltyKind } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { Conviction } from './conviction.entity.js';

registerEnumType(SupplementaryPenaltyKind, { name: 'SupplementaryPenaltyKind' });

/** A supplementary penalty of a judgment (hình phạt bổ sung). Sensitive. */
@ObjectType({ description: 'A supplementary penalty (hình phạt bổ sung). Sensitive.' })
@Entity({ name: 'supplementary_penalty' })
@Index(['convictionId'])
export class SupplementaryPenalty extends BaseRecord {
  @Column({ type: 'uuid' })
  convictionId: string;

  @Field(() => SupplementaryPenaltyKind)
  @Column({ type: 'enum', enum: SupplementaryPenaltyKind, enumName: 'supplementary_penalty_kind' })
  kind: SupplementaryPenaltyKind;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @ManyToOne(() => Conviction, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conviction_id' })
  conviction?: Relation<Conviction>;
}
