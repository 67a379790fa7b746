import { InputType, ObjectType } from 'type-graphql';
import { DateField, OptionalId, TextField } from '../../common/fields.js';
import { Connection } from '../../common/pagination/index.js';
import { AuditEvent } from './audit-event.entity.js';

@InputType({ description: 'Filters of the audit log; all optional and combined with AND.' })
export class AuditFilter {
  @OptionalId('Rows written by this user.')
  actorId?: string | null;

  @TextField({ max: 100, nullable: true, description: 'Exact action, e.g. "recordContact" or "read:returnee".' })
  action?: string | null;

  @TextField({ max: 100, nullable: true, description: 'Exact object type, e.g. "Returnee".' })
  objectType?: string | null;

  @OptionalId('Rows about this person.')
  returneeId?: string | null;

  @DateField({ nullable: true, description: 'From this day (Vietnam time), inclusive.' })
  from?: string | null;

  @DateField({ nullable: true, description: 'Up to this day (Vietnam time), inclusive.' })
  to?: string | null;
}

@ObjectType({ description: 'A page of the audit log, newest first, with keyset cursors.' })
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}
