import { Field, ID } from 'type-graphql';
import { Column, JoinColumn, ManyToOne, type ObjectType as EntityTarget } from 'typeorm';
import { type FieldOptions, fieldOptions, stack } from './fields.js';
import { LocalDate } from './scalars.js';

/*
 * The column-and-field pairs the entities repeat, said once. Each helper applies the same
 * type-graphql and TypeORM decorators, in the same order, as the pair it stands for, so neither the
 * schema nor the tables change (the migrations stay as they are).
 */

/** `{ type }`, plus `nullable: true` for a nullable column, as written by hand before. */
function columnOptions<T extends object>(type: T, nullable: boolean | undefined): T & { nullable?: true } {
  return nullable ? { ...type, nullable: true } : type;
}

/** A `text` column read as a String field. */
export function TextColumn(options: FieldOptions = {}): PropertyDecorator {
  return stack(
    Field(() => String, fieldOptions(options)),
    Column(columnOptions({ type: 'text' as const }, options.nullable)),
  );
}

/** A `date` column read as a civil date (`LocalDate`). */
export function DateColumn(options: FieldOptions = {}): PropertyDecorator {
  return stack(
    Field(() => LocalDate, fieldOptions(options)),
    Column(columnOptions({ type: 'date' as const }, options.nullable)),
  );
}

/** A `uuid` column, a reference to another record, read as an ID field. */
export function IdColumn(options: FieldOptions = {}): PropertyDecorator {
  return stack(
    Field(() => ID, fieldOptions(options)),
    Column(columnOptions({ type: 'uuid' as const }, options.nullable)),
  );
}

/** A Postgres enum column (`enumName` is the type in the migrations) read as the GraphQL enum. */
export function EnumColumn(values: object, enumName: string, options: FieldOptions = {}): PropertyDecorator {
  return stack(
    Field(() => values, fieldOptions(options)),
    Column(columnOptions({ type: 'enum' as const, enum: values, enumName }, options.nullable)),
  );
}

export interface BelongsToOptions {
  /** The foreign key column, e.g. `unit_id`. */
  column: string;
  nullable: boolean;
  onDelete: 'CASCADE' | 'RESTRICT' | 'SET NULL';
}

/** The many-to-one relation behind a foreign key column. */
export function BelongsTo<T>(
  target: () => EntityTarget<T>,
  { column, nullable, onDelete }: BelongsToOptions,
): PropertyDecorator {
  return stack(ManyToOne(target, { nullable, onDelete }), JoinColumn({ name: column }));
}
