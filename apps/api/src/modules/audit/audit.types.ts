import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination/index.js';
import { LocalDate } from '../../common/scalars.js';
import { AuditEvent } from './audit-event.entity.js';

@InputType({ description: 'Filters of the audit log; all optional and combined with AND.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Rows written by this user.' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact action, e.g. "recordContact" or "read:returnee".' })
  @IsOptional()
  @MaxLength(100, { message: 'TOO_LONG' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Exact object type, e.g. "Returnee".' })
  @IsOptional()
  @MaxLength(100, { message: 'TOO_LONG' })
  objectType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Rows about this person.' })
  returneeId?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'From this day (Vietnam time), inclusive.' })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Up to this day (Vietnam time), inclusive.' })
  to?: string | null;
}

@ObjectType({ description: 'A page of the audit log, newest first, with keyset cursors.' })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}
