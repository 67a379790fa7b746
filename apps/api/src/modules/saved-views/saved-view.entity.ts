import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { User } from '../auth/user.entity.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';

/** The lists a view can be saved for; other lists join as they gain saved views. */
export enum SavedViewList {
  RETURNEES = 'RETURNEES',
}
registerEnumType(SavedViewList, { name: 'SavedViewList', description: 'A list whose views can be saved.' });

/**
 * A named view of a list (its URL query and visible columns) that a user saved, for themselves or
 * shared with colleagues of their unit. Not personal data about returnees, though a search text in
 * `query` may contain a name. Names are unique per owner and list regardless of case: the index
 * on lower(name) is written by hand in the migration (TypeORM cannot describe it).
 */
@ObjectType({ description: 'A saved view of a list (góc nhìn): filters, sort and columns.' })
@Entity({ name: 'saved_view' })
@Index(['ownerId', 'list'])
@Index(['unitId', 'list', 'shared'])
@Index('UQ_saved_view_owner_list_name', { synchronize: false })
export class SavedView extends BaseRecord {
  @Column({ type: 'uuid' })
  ownerId: string;

  /** The owner's unit when the view was saved: colleagues of this unit see it when shared. */
  @Column({ type: 'uuid' })
  unitId: string;

  @Field(() => SavedViewList)
  @Column({ type: 'enum', enum: SavedViewList, enumName: 'saved_view_list' })
  list: SavedViewList;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  @Field(() => String, {
    description: 'The list’s URL search string (e.g. "q=nguyen&status=UNDER_SUPPORT"), stored as given.',
  })
  @Column({ type: 'text' })
  query: string;

  @Field(() => [String], { description: 'The visible column keys, in order.' })
  @Column({ type: 'text', array: true })
  columns: string[];

  @Field(() => Boolean, { description: 'Visible to colleagues of the same unit.' })
  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: Relation<User>;

  @ManyToOne(() => AdministrativeUnit, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: Relation<AdministrativeUnit>;
}
