import type { OrganisationKind } from '@hoanhap/shared';
import type { RequestContext } from '../../context.js';
import { UUID } from '../../common/uuid.js';
import { Organisation } from './organisation.entity.js';

export class OrganisationService {
  /** Organisations of the caller's units; a unit outside the scope gives an empty list, like an unknown one. */
  async list(
    ctx: RequestContext,
    filter: { unitId: string | null; kinds: OrganisationKind[] | null },
  ): Promise<Organisation[]> {
    if (filter.unitId !== null && !UUID.test(filter.unitId)) return [];
    const query = ctx.db
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where('o.unit_id = ANY(:scope::uuid[])', { scope: await ctx.unitScope() })
      .orderBy('o.name', 'ASC');
    if (filter.unitId) query.andWhere('o.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.kinds?.length) query.andWhere('o.kind = ANY(:kinds::organisation_kind[])', { kinds: filter.kinds });
    const organisations = await query.getMany();
    for (const organisation of organisations) ctx.loaders.organisationById.prime(organisation.id, organisation);
    return organisations;
  }
}

export const organisationService = new OrganisationService();
