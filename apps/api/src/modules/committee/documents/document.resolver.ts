import { Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AfterArg, FirstArg } from '../../../common/pagination/index.js';
import type { RequestContext } from '../../../context.js';
import { DocumentFilter, RecordDocumentInput } from './document.inputs.js';
import { Document } from './document.entity.js';
import { documentService } from './document.service.js';
import { DocumentConnection, DocumentFileInfo } from './document.types.js';

@Resolver(() => Document)
export class DocumentResolver {
  @Authorized(Permission.READ_COMMITTEE)
  @Query(() => DocumentConnection, { description: 'Documents of the units in your scope, newest first.' })
  documents(
    @Arg('filter', () => DocumentFilter, { nullable: true }) filter: DocumentFilter | null,
    @FirstArg() first: number | null,
    @AfterArg() after: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DocumentConnection> {
    return documentService.list(ctx, filter, first, after);
  }

  @Authorized(Permission.WRITE_COMMITTEE)
  @Mutation(() => Document, {
    description:
      'Records a document of your unit, optionally with its file (base64; PDF, JPEG, PNG or DOCX checked by content; at most 5 MB).',
  })
  recordDocument(
    @Arg('input', () => RecordDocumentInput) input: RecordDocumentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Document> {
    return documentService.record(ctx, input);
  }

  @FieldResolver(() => DocumentFileInfo, { nullable: true, description: 'The attached file, if any.' })
  file(@Root() d: Document, @Ctx() ctx: RequestContext): Promise<DocumentFileInfo | null> {
    return ctx.loaders.documentFileInfo.load(d.id);
  }
}
