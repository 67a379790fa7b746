import { HolidayKind } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Entity, PrimaryColumn } from 'typeorm';
import { EnumColumn, TextColumn } from '../../common/columns.js';
import { LocalDate } from '../../common/scalars.js';

registerEnumType(HolidayKind, { name: 'HolidayKind' });

/** One day of the national working calendar that differs from Monday–Friday. Editable by admins. */
@ObjectType({ description: 'A public holiday or day off, or a weekend day worked in exchange.' })
@Entity({ name: 'holiday' })
export class Holiday {
  @Field(() => LocalDate)
  @PrimaryColumn({ type: 'date' })
  day: string;

  @EnumColumn(HolidayKind, 'holiday_kind')
  kind: HolidayKind;

  @TextColumn()
  name: string;
}
