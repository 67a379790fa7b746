import { Field, ObjectType } from 'type-graphql';
import { AuditEvent } from '../audit/audit-event.entity.js';
import { User } from '../auth/user.entity.js';
import { Document } from '../committee/documents/document.entity.js';
import { Returnee } from '../returnees/returnee.entity.js';

/** Everything the product holds on one person, read for a stated purpose (person-file.service.ts). */
@ObjectType({
  description:
    'Everything the product holds on one person: the case file, the documents about them and who read or changed what. Read for a stated purpose, audited.',
})
export class PersonFile {
  @Field(() => String, { description: 'The purpose stated for this reading.' })
  purpose: string;

  @Field(() => Date)
  producedAt: Date;

  @Field(() => User, { description: 'Who produced the file.' })
  producedBy: User;

  @Field(() => Returnee)
  returnee: Returnee;

  @Field(() => [Document], { description: 'Documents about the person, oldest first.' })
  documents: Document[];

  @Field(() => [AuditEvent], {
    description: 'Every audit row about the person, oldest first, up to this reading (its own row excluded).',
  })
  accessHistory: AuditEvent[];
}
