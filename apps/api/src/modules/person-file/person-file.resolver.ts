import { JobStatus, Permission } from '@hoanhap/shared';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { PersonArchiveJob } from './person-archive-job.entity.js';
import { MY_PERSON_ARCHIVES, personArchiveService } from './person-archive.service.js';
import { StartPersonArchiveInput } from './person-file.inputs.js';
import { personFileService } from './person-file.service.js';
import { PersonFile } from './person-file.types.js';

@Resolver(() => PersonFile)
export class PersonFileResolver {
  @Authorized(Permission.EXPORT_PERSON_FILE)
  @Query(() => PersonFile, {
    description:
      'Everything the product holds on one person in your scope (NOT_FOUND otherwise), for a stated purpose (at least 10 characters): what the printed whole file shows. Audited as read:personFile with the purpose; sensitive parts as your role may see them.',
  })
  personFile(
    @Arg('id', () => ID) id: string,
    @Arg('purpose', () => String) purpose: string,
    @Ctx() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PersonFile> {
    return personFileService.read(ctx, id, purpose, info);
  }
}

@Resolver(() => PersonArchiveJob)
export class PersonArchiveResolver {
  @Authorized(Permission.EXPORT_PERSON_FILE)
  @Mutation(() => PersonArchiveJob, {
    description:
      'Starts writing a person’s whole file to a .zip archive on the server (person.json, its schema.json and the documents’ files; docs/api.md): poll `personArchive` and fetch the file from `downloadUrl` (for you alone, for 24 hours). Audited with the purpose, the counts and the file’s hash.',
  })
  startPersonArchive(
    @Arg('input', () => StartPersonArchiveInput) input: StartPersonArchiveInput,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonArchiveJob> {
    return personArchiveService.start(ctx, input);
  }

  @Authorized(Permission.EXPORT_PERSON_FILE)
  @Query(() => PersonArchiveJob, { nullable: true, description: 'One of your archives; null for anyone else’s.' })
  personArchive(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PersonArchiveJob | null> {
    return personArchiveService.find(ctx, id);
  }

  @Authorized(Permission.EXPORT_PERSON_FILE)
  @Query(() => [PersonArchiveJob], {
    description: `Your archives of one person's file, newest first (at most ${MY_PERSON_ARCHIVES}).`,
  })
  myPersonArchives(
    @Arg('returneeId', () => ID) returneeId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<PersonArchiveJob[]> {
    return personArchiveService.mine(ctx, returneeId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where to GET the archive (with your session): set once written, until it expires.',
  })
  downloadUrl(@Root() job: PersonArchiveJob): string | null {
    const available = job.status === JobStatus.SUCCEEDED && job.expiresAt !== null && job.expiresAt > new Date();
    return available ? `/person-archives/${job.id}/file` : null;
  }
}
