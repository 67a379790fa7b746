import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context.js';
import { AdministrativeUnit } from '../units/administrative-unit.entity.js';
import { ImportTemplate } from './import-template.entity.js';
import { DeleteImportTemplateInput, SaveImportTemplateInput } from './import-template.inputs.js';
import { importTemplateService } from './import-template.service.js';

@Resolver(() => ImportTemplate)
export class ImportTemplateResolver {
  @Authorized()
  @Query(() => [ImportTemplate], {
    description:
      'The column templates an import into the unit may use: its own and those of the units above it, newest first.',
  })
  importTemplates(
    @Arg('unitCode', () => String) unitCode: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportTemplate[]> {
    return importTemplateService.usable(ctx, unitCode);
  }

  @Authorized()
  @Mutation(() => ImportTemplate, { description: 'Saves a column mapping under a name, for a unit (OFFICER, ADMIN).' })
  saveImportTemplate(
    @Arg('input', () => SaveImportTemplateInput) input: SaveImportTemplateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ImportTemplate> {
    return importTemplateService.save(ctx, input);
  }

  @Authorized()
  @Mutation(() => ID, { description: 'Deletes a column template; answers its id.' })
  deleteImportTemplate(
    @Arg('input', () => DeleteImportTemplateInput) input: DeleteImportTemplateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<string> {
    return importTemplateService.delete(ctx, input);
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The unit the template was saved for.' })
  async unit(@Root() template: ImportTemplate, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(template.unitId);
    if (!unit) throw new Error('template without unit');
    return unit;
  }
}
