import { Role, Permission } from '@hoanhap/shared';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Sensitive } from '../../common/sensitive.js';
import type { RequestContext } from '../../context.js';
import { User } from '../auth/user.entity.js';
import { Contact } from './contact.entity.js';
import { contactService } from './contact.service.js';
import { RecordContactInput } from './helper.inputs.js';

@Resolver(() => Contact)
export class ContactResolver {
  @Authorized(Permission.RECORD_CONTACTS)
  @Mutation(() => Contact, {
    description: 'Records a contact: the officer, or a helper for a person assigned to them.',
  })
  recordContact(
    @Arg('input', () => RecordContactInput) input: RecordContactInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Contact> {
    return contactService.record(ctx, input);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Restricted: the text for the officer and for the helper who wrote it; null for everyone else.',
  })
  @Sensitive<Contact>({
    person: (c) => c.returneeId,
    hidden: null,
    alsoVisibleTo: (c, ctx) => ctx.actor?.role === Role.HELPER && ctx.actor.userId === c.recordedById,
  })
  notes(@Root() c: Contact): string | null {
    return c.notes;
  }

  @FieldResolver(() => User, { description: 'Who recorded the contact.' })
  async recordedBy(@Root() c: Contact, @Ctx() ctx: RequestContext): Promise<User> {
    const user = await ctx.loaders.userById.load(c.recordedById);
    if (!user) throw new Error('contact without author');
    return user;
  }
}
