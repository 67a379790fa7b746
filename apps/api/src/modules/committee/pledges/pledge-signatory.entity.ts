import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organisation } from '../../organisations/organisation.entity.js';
import { Pledge } from './pledge.entity.js';

/** Who signed a pledge: an organisation and its representative (name and title). */
@ObjectType({ description: 'A signatory of a pledge: an organisation and the person who signed for it.' })
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

  @Field(() => String, { description: 'Name of the person who signed.' })
  @Column({ type: 'text' })
  representative: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @ManyToOne(() => Pledge, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pledge_id' })
  pledge?: Relation<Pledge>;

  @ManyToOne(() => Organisation, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation>;
}
