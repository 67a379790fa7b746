import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn, IdColumn } from '../../../common/columns.js';
import { Document } from '../documents/document.entity.js';
import { ReviewKind } from '../enums.js';
import { Pledge } from './pledge.entity.js';
import { numeric, PledgeTarget } from './pledge-target.entity.js';

/** A review of a pledge (sơ kết / tổng kết): actuals frozen against targets, scored, totalled. */
@ObjectType({ description: 'A review (sơ kết, tổng kết) freezing each target’s actual and score on a date.' })
@Index(['documentId'])
@Entity({ name: 'pledge_review' })
@Index(['pledgeId', 'kind', 'reviewYear'], { unique: true })
export class PledgeReview extends BaseRecord {
  @Column({ type: 'uuid' })
  pledgeId: string;

  @EnumColumn(ReviewKind, 'review_kind')
  kind: ReviewKind;

  @DateColumn({ description: 'Day of the review; actuals are measured up to it.' })
  reviewedOn: string;

  /** Year of `reviewedOn`: one review of each kind per pledge and year. */
  @Column({ type: 'smallint' })
  reviewYear: number;

  @DateColumn({ description: 'Actuals cover this period: the pledge start to the review date.' })
  measuredFrom: string;

  @DateColumn()
  measuredTo: string;

  @Field(() => Number, {
    nullable: true,
    description: 'Sum of scores / sum of weights × 100, over the targets that could be measured.',
  })
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true, transformer: numeric })
  totalScore: number | null;

  @IdColumn({ nullable: true, description: 'The review’s minutes or report, when recorded.' })
  documentId: string | null;

  @BelongsTo(() => Pledge, { column: 'pledge_id', nullable: false, onDelete: 'CASCADE' })
  pledge?: Relation<Pledge>;

  @BelongsTo(() => Document, { column: 'document_id', nullable: true, onDelete: 'RESTRICT' })
  document?: Relation<Document>;
}

/** One target's frozen result at a review. */
@ObjectType({ description: 'A target’s result frozen at a review.' })
@Index(['targetId'])
@Index(['evidenceDocumentId'])
@Entity({ name: 'pledge_review_item' })
@Index(['reviewId', 'targetId'], { unique: true })
export class PledgeReviewItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  reviewId: string;

  @IdColumn()
  targetId: string;

  @Field(() => Number, { description: 'The target as it stood at the review.' })
  @Column({ type: 'numeric', precision: 12, scale: 2, transformer: numeric })
  target: number;

  @Field(() => Number, { nullable: true, description: 'Null when it could not be measured (nobody to count).' })
  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: numeric })
  actual: number | null;

  @Field(() => Number, { nullable: true, description: 'From 0 to 1; see `PledgeTargetResult.progress`.' })
  @Column({ type: 'numeric', precision: 6, scale: 4, nullable: true, transformer: numeric })
  progress: number | null;

  @Field(() => Number)
  @Column({ type: 'numeric', precision: 6, scale: 2, transformer: numeric })
  weight: number;

  @Field(() => Number, { description: 'weight × progress (0 when not measured).' })
  @Column({ type: 'numeric', precision: 8, scale: 4, transformer: numeric })
  score: number;

  @IdColumn({ nullable: true, description: 'For a MANUAL target: the document given as evidence.' })
  evidenceDocumentId: string | null;

  @BelongsTo(() => PledgeReview, { column: 'review_id', nullable: false, onDelete: 'CASCADE' })
  review?: Relation<PledgeReview>;

  @BelongsTo(() => PledgeTarget, { column: 'target_id', nullable: false, onDelete: 'RESTRICT' })
  targetRow?: Relation<PledgeTarget>;

  @BelongsTo(() => Document, { column: 'evidence_document_id', nullable: true, onDelete: 'RESTRICT' })
  evidenceDocument?: Relation<Document>;
}
