import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { BelongsTo, TextColumn } from '../../../common/columns.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { Pledge } from './pledge.entity.js';

/** Who signed a pledge: an organisation and its representative (name and title). */
@ObjectType({ description: 'A signatory of a pledge: an organisation and the person who signed for it.' })
@Index(['organisationId'])
@Entity({ name: 'pledge_signatory' })
@Index(['pledgeId', 'organisationId'], { unique: true })
export class PledgeSignatory {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  pledgeId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @TextColumn({ description: 'Name of the person who signed.' })
  representative: string;

  @TextColumn({ nullable: true })
  title: string | null;

  @BelongsTo(() => Pledge, { column: 'pledge_id', nullable: false, onDelete: 'CASCADE' })
  pledge?: Relation<Pledge>;

  @BelongsTo(() => Organisation, { column: 'organisation_id', nullable: false, onDelete: 'RESTRICT' })
  organisation?: Relation<Organisation>;
}
