import { ObligationKind } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { Conviction } from './conviction.entity.js';

registerEnumType(ObligationKind, { name: 'ObligationKind' });

/**
 * An obligation under the judgment (one of "các quyết định khác của bản án", Penal Code art. 70):
 * court fee, fine, compensation, confiscation. Sensitive.
 */
@ObjectType({
  description:
    'An obligation under the judgment (nghĩa vụ theo bản án: án phí, tiền phạt, bồi thường…), one of the judgment’s other decisions (Penal Code art. 70). Sensitive.',
})
@Entity({ name: 'obligation' })
@Index(['convictionId'])
export class Obligation extends BaseRecord {
  @Column({ type: 'uuid' })
  convictionId: string;

  @Field(() => ObligationKind)
  @Column({ type: 'enum', enum: ObligationKind, enumName: 'obligation_kind' })
  kind: ObligationKind;

  /** Whole đồng; bigint comes back from pg as a string. */
  @Field(() => String, { description: 'Amount in VND (whole đồng, as a string: it can exceed 2^53).' })
  @Column({ type: 'bigint' })
  amountVnd: string;

  @Field(() => LocalDate, { nullable: true, description: 'Null while unsettled.' })
  @Column({ type: 'date', nullable: true })
  settledOn: string | null;

  @ManyToOne(() => Conviction, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'conviction_id' })
  conviction?: Relation<Conviction>;
}
