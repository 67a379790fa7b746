import { IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID } from 'type-graphql';
import { LocalDate } from './scalars.js';

/*
 * The decorator stacks the inputs and types repeat, said once. Each helper applies the same
 * type-graphql and class-validator decorators, in the same order, as the stack it stands for, so
 * the schema and the validation reasons do not change when a field switches to it.
 */

/**
 * One decorator made of several, applied as if written one above the other: TypeScript applies a
 * stack from the bottom up, and so does this, so metadata is recorded in the same order.
 */
export function stack(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    for (const decorator of [...decorators].reverse()) decorator(target, key);
  };
}

export interface FieldOptions {
  nullable?: boolean;
  description?: string;
}

/** `{ nullable, description }` with only the keys given, as written by hand before. */
export function fieldOptions({ nullable, description }: FieldOptions): FieldOptions {
  const options: FieldOptions = {};
  if (nullable) options.nullable = true;
  if (description !== undefined) options.description = description;
  return options;
}

export interface TextFieldOptions extends FieldOptions {
  /** Longest accepted; longer is TOO_LONG. */
  max: number;
  /** Shortest accepted; shorter is REQUIRED, or TOO_SHORT with `tooShort`. */
  min?: number;
  tooShort?: boolean;
  /** Must hold more than spaces (REQUIRED otherwise). */
  notBlank?: boolean;
}

/** Text that must hold more than spaces. */
const NOT_BLANK = /\S/;

/** A string field with its length rules; a nullable one may be left out. */
export function TextField(options: TextFieldOptions): PropertyDecorator {
  const { max, min, tooShort, notBlank, nullable } = options;
  const decorators: PropertyDecorator[] = [Field(() => String, fieldOptions(options))];
  if (nullable) decorators.push(IsOptional());
  if (notBlank) decorators.push(Matches(NOT_BLANK, { message: 'REQUIRED' }));
  if (min !== undefined) decorators.push(MinLength(min, { message: tooShort ? 'TOO_SHORT' : 'REQUIRED' }));
  decorators.push(MaxLength(max, { message: 'TOO_LONG' }));
  return stack(...decorators);
}

/** A phone number that may be left out: digits, spaces and + . - only. */
export function PhoneField(options: Omit<FieldOptions, 'nullable'> = {}): PropertyDecorator {
  return stack(
    Field(() => String, fieldOptions({ ...options, nullable: true })),
    IsOptional(),
    Matches(/^[0-9+ .-]{6,20}$/, { message: 'INVALID_PHONE' }),
  );
}

/** An ID field, required unless `nullable`. */
export function IdField(options: FieldOptions = {}): PropertyDecorator {
  return Field(() => ID, fieldOptions(options));
}

/** An ID that may be left out. */
export function OptionalId(description?: string): PropertyDecorator {
  return IdField({ nullable: true, description });
}

/** A civil date (`LocalDate`), required unless `nullable`. */
export function DateField(options: FieldOptions = {}): PropertyDecorator {
  return Field(() => LocalDate, fieldOptions(options));
}

/**
 * The device's own key for a change (a UUID it made), so a replayed change is written once
 * (modules/client-changes). Optional: the desktop app sends none.
 */
export function IdempotencyKeyField(): PropertyDecorator {
  return Field(() => ID, {
    nullable: true,
    description: 'A UUID the client made for this change: sending it again returns the first result, no second write.',
  });
}
