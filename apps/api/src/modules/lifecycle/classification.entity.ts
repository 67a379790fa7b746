import { ClassificationGroup } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, DateColumn, EnumColumn } from '../../common/columns.js';
import { User } from '../auth/user.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

registerEnumType(ClassificationGroup, { name: 'ClassificationGroup', description: 'Circular 10/2024 groups A–D.' });

/** A periodic classification (A–D) with its reasons. */
@ObjectType({ description: 'A periodic classification into groups A–D (Circular 10/2024).' })
@Index(['assessorId'])
@Entity({ name: 'classification' })
@Index(['returneeId', 'periodStart'])
export class Classification extends BaseRecord {
  @Column({ type: 'uuid' })
  returneeId: string;

  @DateColumn()
  periodStart: string;

  @DateColumn({ nullable: true })
  periodEnd: string | null;

  @EnumColumn(ClassificationGroup, 'classification_group')
  group: ClassificationGroup;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  reasons: string[];

  @Column({ type: 'uuid' })
  assessorId: string;

  @BelongsTo(() => Returnee, { column: 'returnee_id', nullable: false, onDelete: 'CASCADE' })
  returnee?: Relation<Returnee>;

  @BelongsTo(() => User, { column: 'assessor_id', nullable: false, onDelete: 'RESTRICT' })
  assessor?: Relation<User>;
}
