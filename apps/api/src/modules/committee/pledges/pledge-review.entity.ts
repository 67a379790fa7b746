import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BaseRecord } from '../../../common/base.entity.js';
import { LocalDate } from '../../../common/scalars.js';
import { Document } from '../documents/document.entity.js';
import { ReviewKind } from '../enums.js';
import { Pledge } from './pledge.entity.js';
import { numeric, PledgeTarget } from './pledge-target.entity.js';

/** A review of a pledge (sơ kết / tổng kết): actuals frozen against targets, scored, totalled. */
@ObjectType({ description: 'A review (sơ kết, tổng kết) freezing each target’s actual and score on a date.' })
@Entity({ name: 'pledge_review' })
@Index(['pledgeId', 'kind', 'reviewYear'], { unique: true })
export class PledgeReview extends BaseRecord {
  @Column({ type: 'uuid' })
  pledgeId: string;

  @Field(() => ReviewKind)
  @Column({ type: 'enum', enum: ReviewKind, enumName: 'review_kind' })
  kind: ReviewKind;

  @Field(() => LocalDate, { description: 'Day of the review; actuals are measured up to it.' })
  @Column({ type: 'date' })
  reviewedOn: string;

  /** Year of `reviewedOn`: one review of each kind per pledge and year. */
  @Column({ type: 'smallint' })
  reviewYear: number;

  @Field(() => LocalDate, { description: 'Actuals cover this period: the pledge start to the review date.' })
  @Column({ type: 'date' })
  measuredFrom: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  measuredTo: string;

  @Field(() => Number, {
    nullable: true,
    description: 'Sum of scores / sum of weights × 100, over the targets that could be measured.',
  })
  @Column({ type: 'numeric', precision: 6, scale: 2, nullable: true, transformer: numeric })
  totalScore: number | null;

  @Field(() => ID, { nullable: true, description: 'The review’s minutes or report, when recorded.' })
  @Column({ type: 'uuid', nullable: true })
  documentId: string | null;

  @ManyToOne(() => Pledge, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id' })
  pledge?: Relation<Pledge>;

  @ManyToOne(() => Document, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id' })
  document?: Relation<Document>;
}

/** One target's frozen result at a review. */
@ObjectType({ description: 'A target’s result frozen at a review.' })
@Entity({ name: 'pledge_review_item' })
@Index(['reviewId', 'targetId'], { unique: true })
export class PledgeReviewItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  reviewId: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
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

  @Field(() => ID, { nullable: true, description: 'For a MANUAL target: the document given as evidence.' })
  @Column({ type: 'uuid', nullable: true })
  evidenceDocumentId: string | null;

  @ManyToOne(() => PledgeReview, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'review_id' })
  review?: Relation<PledgeReview>;

  @ManyToOne(() => PledgeTarget, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'target_id' })
  targetRow?: Relation<PledgeTarget>;

  @ManyToOne(() => Document, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evidence_document_id' })
  evidenceDocument?: Relation<Document>;
}
