import { ObligationKind } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn } from '../../common/columns.js';
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

  @EnumColumn(ObligationKind, 'obligation_kind')
  kind: ObligationKind;

  /** Whole đồng; bigint comes back from pg as a string. */
  @Field(() => String, { description: 'Amount in VND (whole đồng, as a string: it can exceed 2^53).' })
  @Column({ type: 'bigint' })
  amountVnd: string;

  @DateColumn({ nullable: true, description: 'Null while unsettled.' })
  settledOn: string | null;

  @BelongsTo(() => Conviction, { column: 'conviction_id', nullable: false, onDelete: 'CASCADE' })
  conviction?: Relation<Conviction>;
}
