import { can, type ImportField, normalizeName, Permission, reasonMessage } from '@hoanhap/shared';
import { requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { saveNew } from '../../common/records.js';
import { withTransaction } from '../../common/transaction.js';
import { UUID } from '../../common/uuid.js';
import type { Actor, RequestContext } from '../../context.js';
import { audit } from '../audit/audit.service.js';
import { unitsService } from '../units/units.service.js';
import { ImportTemplate, type ImportTemplateColumn } from './import-template.entity.js';
import type { DeleteImportTemplateInput, SaveImportTemplateInput } from './import-template.inputs.js';
import { mappingProblem } from './import-rows.js';

const UNIQUE_NAME_INDEX = 'UQ_import_template_unit_name';
const templateNotFound = () => notFound('NOT_FOUND.importTemplate');
const duplicateName = () => badInput('input.name', 'DUPLICATE.importTemplateName');

/** Templates are for the people who import (an integration key sends its own mapping). */
function requireImporter(ctx: RequestContext): Actor {
  const actor = requireActor(ctx);
  if (actor.serviceAccountId || !can(actor.role, Permission.IMPORT_PEOPLE)) {
    throw appError(ErrorCode.FORBIDDEN, 'FORBIDDEN.import');
  }
  return actor;
}

/**
 * The templates an import into a unit may use: the unit's own and those of the units above it (a
 * city's template serves its wards), newest first. A unit outside the caller's scope has none.
 */
const USABLE_SQL = `
  SELECT t.* FROM import_template t
  WHERE t.unit_id IN (SELECT ancestor_id FROM unit_closure WHERE unit_id = $1)
  ORDER BY t.updated_at DESC, t.id`;

export class ImportTemplateService {
  async usable(ctx: RequestContext, unitCode: string): Promise<ImportTemplate[]> {
    requireImporter(ctx);
    const unit = await unitsService.findInScope(ctx, unitCode);
    if (!unit) return [];
    const rows: Array<Record<string, unknown>> = await ctx.db.query(USABLE_SQL, [unit.id]);
    return rows.map((row) => this.fromRow(ctx, row));
  }

  /** A template an import into the unit may use (see `usable`), or null. */
  async findUsable(ctx: RequestContext, id: string, unitId: string): Promise<ImportTemplate | null> {
    if (!UUID.test(id)) return null;
    const [row] = (await ctx.db.query(`SELECT * FROM (${USABLE_SQL}) t WHERE t.id = $2`, [unitId, id])) as Array<
      Record<string, unknown>
    >;
    return row ? this.fromRow(ctx, row) : null;
  }

  async save(ctx: RequestContext, input: SaveImportTemplateInput): Promise<ImportTemplate> {
    requireImporter(ctx);
    const name = input.name.trim();
    const columns: ImportTemplateColumn[] = input.columns.map((c) => ({
      header: c.header.trim(),
      field: c.field ?? null,
    }));
    const problem = mappingProblem(columns.map((c) => c.field));
    if (problem) throw badInput('input.columns', reasonMessage('NOT_ALLOWED.importMapping', { detail: problem }));
    return withTransaction(ctx, async (ctx) => {
      const unit = await unitsService.findInScope(ctx, input.unitCode);
      if (!unit) throw badInput('input.unitCode', 'NOT_FOUND.unit');
      const template = await saveNew(ctx, ImportTemplate, {
        unitId: unit.id,
        name,
        nameKey: normalizeName(name),
        headerRow: input.headerRow,
        columns,
      });
      await audit(ctx, { action: 'saveImportTemplate', objectType: 'ImportTemplate', objectId: template.id });
      return template;
    }).catch((error: unknown) => {
      const driver = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
      throw driver?.code === '23505' && driver.constraint === UNIQUE_NAME_INDEX ? duplicateName() : error;
    });
  }

  /** Deletes a template of a unit in the caller's scope, from the version they read. */
  async delete(ctx: RequestContext, input: DeleteImportTemplateInput): Promise<string> {
    requireImporter(ctx);
    return withTransaction(ctx, async (ctx) => {
      const scope = await ctx.unitScope();
      const repo = ctx.db.getRepository(ImportTemplate);
      const template = UUID.test(input.id)
        ? await repo.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!template || !scope.includes(template.unitId)) throw templateNotFound();
      if (template.version !== input.version) {
        throw appError(ErrorCode.CONFLICT, 'CONFLICT.importTemplate', { currentVersion: template.version });
      }
      await repo.delete(template.id);
      await audit(ctx, { action: 'deleteImportTemplate', objectType: 'ImportTemplate', objectId: template.id });
      return template.id;
    });
  }

  private fromRow(ctx: RequestContext, row: Record<string, unknown>): ImportTemplate {
    const repo = ctx.db.getRepository(ImportTemplate);
    return repo.create({
      id: row.id as string,
      unitId: row.unit_id as string,
      name: row.name as string,
      nameKey: row.name_key as string,
      headerRow: row.header_row as number,
      columns: row.columns as ImportTemplateColumn[],
      createdAt: row.created_at as Date,
      updatedAt: row.updated_at as Date,
      version: row.version as number,
    });
  }
}

export const importTemplateService = new ImportTemplateService();

/** The fields of a template's columns, as the import reads them. */
export type TemplateFields = ReadonlyArray<{ header: string; field: ImportField | null }>;
