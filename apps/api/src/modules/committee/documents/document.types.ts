import { Field, Int, ObjectType } from 'type-graphql';
import { CountedConnection } from '../../../common/pagination/index.js';
import { Document } from './document.entity.js';

@ObjectType({ description: 'About a document’s file; the file itself is served at `url` to signed-in users in scope.' })
export class DocumentFileInfo {
  @Field(() => String) name: string;
  @Field(() => String) mimeType: string;
  @Field(() => Int) sizeBytes: number;
  @Field(() => String, { description: 'Hex SHA-256 of the content.' }) sha256: string;
  @Field(() => String, { description: 'Relative URL: GET /documents/{id}/file with the session cookie.' })
  url: string;
}

@ObjectType({ description: 'A page of documents, newest first, with keyset cursors.' })
export class DocumentConnection extends CountedConnection(
  Document,
  'Document',
  'How many documents match the filter, across all pages.',
) {}
