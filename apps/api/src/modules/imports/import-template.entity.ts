import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, type Relation } from 'typeorm';
import { BaseRecord } from '../../common/base.entity.js';
import { BelongsTo, TextColumn } from '../../common/columns.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';

@ObjectType({ description: 'One column of a template: the header it is found by and the field it fills.' })
export class ImportTemplateColumn {
  @Field(() => String, {
    description: 'The header as written in the sheet (matched ignoring case, accents and spaces).',
  })
  header: string;

  @Field(() => String, {
    nullable: true,
    description: 'The field it fills (see the import fields), or null: not imported.',
  })
  field: string | null;
}

/**
 * How a unit's sheets are laid out, saved once and used for every file of the same kind: the
 * header row and, for each header, the field it fills. Columns are found by their header, not
 * their place, so a sheet with a column added or moved still maps.
 */
@ObjectType({ description: 'A saved column mapping for the spreadsheets of a unit (mẫu ghép cột).' })
@Entity({ name: 'import_template' })
@Index('UQ_import_template_unit_name', ['unitId', 'nameKey'], { unique: true })
export class ImportTemplate extends BaseRecord {
  @Column({ type: 'uuid' })
  unitId: string;

  @TextColumn()
  name: string;

  /** The name without case or accents: two templates of a unit never share it. */
  @Column({ type: 'text' })
  nameKey: string;

  @Field(() => Int, { description: 'The header row (sheet row number).' })
  @Column({ type: 'integer' })
  headerRow: number;

  @Field(() => [ImportTemplateColumn])
  @Column({ type: 'jsonb' })
  columns: ImportTemplateColumn[];

  @BelongsTo(() => AdministrativeUnit, { column: 'unit_id', nullable: false, onDelete: 'CASCADE' })
  unit?: Relation<AdministrativeUnit>;
}
