import { ClassificationGroup } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { LocalDate } from '../../common/scalars.js';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(ClassificationGroup, { name: 'ClassificationGroup', description: 'Circular 10/2024 groups A–D.' });

/** A periodic classification (A–D) with its reasons. */
@ObjectType({ description: 'A periodic classification into groups A–D (Circular 10/2024).' })
@Entity({ name: 'classification' })
@Index(['returneeId', 'periodStart'])
export class Classification extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @Field(() => LocalDate)
  @Column({ type: 'date' })
  periodStart: string;

  @Field(() => LocalDate, { nullable: true })
  @Column({ type: 'date', nullable: true })
  periodEnd: string | null;

  @Field(() => ClassificationGroup)
  @Column({ type: 'enum', enum: ClassificationGroup, enumName: 'classification_group' })
  group: ClassificationGroup;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reasons: string[];

  @Column({ type: 'uuid' })
  assessorId: string;

  @ManyToOne(() => Returnee, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'returnee_id' })
  returnee?: Relation<Returnee>;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assessor_id' })
  assessor?: Relation<User>;
}
