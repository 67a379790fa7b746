import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, EnumColumn, TextColumn } from '../../common/columns.js';
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

  @EnumColumn(SavedViewList, 'saved_view_list')
  list: SavedViewList;

  @TextColumn()
  name: string;

  @TextColumn({ description: 'The list’s URL search string (e.g. "q=nguyen&status=UNDER_SUPPORT"), stored as given.' })
  query: string;

  @Field(() => [String], { description: 'The visible column keys, in order.' })
  @Column({ type: 'text', array: true })
  columns: string[];

  @Field(() => Boolean, { description: 'Visible to colleagues of the same unit.' })
  @Column({ type: 'boolean', default: false })
  shared: boolean;

  @BelongsTo(() => User, { column: 'owner_id', nullable: false, onDelete: 'CASCADE' })
  owner?: Relation<User>;

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'RESTRICT' })
  unit?: Relation<AdministrativeUnit>;
}
