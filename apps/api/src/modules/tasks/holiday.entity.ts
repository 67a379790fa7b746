import { HolidayKind } from '@hoanhap/shared';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LocalDate } from '../../common/scalars.js';

registerEnumType(HolidayKind, { name: 'HolidayKind' });

/** One day of the national working calendar that differs from Monday–Friday. Editable by admins. */
@ObjectType({ description: 'A public holiday or day off, or a weekend day worked in exchange.' })
@Entity({ name: 'holiday' })
export class Holiday {
  @Field(() => LocalDate)
  @PrimaryColumn({ type: 'date' })
  day: string;

  @Field(() => HolidayKind)
  @Column({ type: 'enum', enum: HolidayKind, enumName: 'holiday_kind' })
  kind: HolidayKind;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;
}
