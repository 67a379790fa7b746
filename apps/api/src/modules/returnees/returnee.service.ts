import { isValidCitizenId, normalizeCitizenId, normalizeName } from '@hoanhap/shared';
import { canSeeSensitiveFor, requireActor } from '../../common/access.js';
import { appError, badInput, ErrorCode, notFound } from '../../common/errors.js';
import { notInFuture } from '../../common/validation.js';
import type { RequestContext } from '../../context.js';
import { audit, auditChange } from '../audit/audit.service.js';
import { unitsService } from '../units/units.service.js';
import type { RegisterReturneeInput, UpdateReturneeInput } from './returnee.inputs.js';
import { Returnee } from './returnee.entity.js';
import { requireVisibleReturnee } from './returnee-access.js';
import { readCaseFile } from './case-file.js';
import { fieldsAsked } from '../../common/pagination/index.js';
import { withTransaction } from '../../common/transaction.js';
import type { GraphQLResolveInfo } from 'graphql';
import { sensitiveFieldsAsked } from '../../common/sensitive.js';
import { UUID } from '../../common/uuid.js';

/** Personal details an update may change, in the order the audit lists them. */
const EDITABLE = [
  'fullName',
  'otherNames',
  'dateOfBirth',
  'sex',
  'citizenId',
  'permanentAddress',
  'currentAddress',
  'residentialGroup',
  'familyContacts',
  'returnedOn',
] as const;

function cleanCitizenId(field: string, value: string | null | undefined): string | null | undefined {
  if (value === undefined || value === null || value.trim() === '') return value === undefined ? undefined : null;
  const id = normalizeCitizenId(value);
  if (!isValidCitizenId(id)) {
    throw badInput(field, 'INVALID_CITIZEN_ID');
  }
  return id;
}

function checkDates(input: { dateOfBirth?: string | null; returnedOn?: string | null }) {
  notInFuture('input.dateOfBirth', input.dateOfBirth);
  notInFuture('input.returnedOn', input.returnedOn);
  if (input.dateOfBirth && input.returnedOn && input.returnedOn < input.dateOfBirth) {
    throw badInput('input.returnedOn', 'BEFORE_START.returnBeforeBirth');
  }
}

/** A citizen ID belongs to one person only; say so in the field instead of failing on the index. */
async function assertCitizenIdFree(ctx: RequestContext, citizenId: string | null | undefined, exceptId?: string) {
  if (!citizenId) return;
  const rows: unknown[] = await ctx.db.query('SELECT 1 FROM returnee WHERE citizen_id = $1 AND id <> $2', [
    citizenId,
    exceptId ?? '00000000-0000-0000-0000-000000000000',
  ]);
  if (rows.length > 0) {
    throw badInput('input.citizenId', 'DUPLICATE.citizenId');
  }
}

/** The record a merged record was merged into, read as `readCaseFile` reads (null when out of scope). */
async function readSurvivorOf(ctx: RequestContext, id: string, asked: ReadonlySet<string>): Promise<Returnee | null> {
  if (!UUID.test(id)) return null;
  const [row] = (await ctx.db.query('SELECT merged_into_id FROM returnee WHERE id = $1', [id])) as Array<{
    merged_into_id: string | null;
  }>;
  return row?.merged_into_id ? readCaseFile(ctx, row.merged_into_id, asked) : null;
}

export class ReturneeService {
  /**
   * One person's file, or null when missing or out of scope. Opening a case file is a read the
   * audit log must show (who looked at whom, when), written in the read's transaction; it names
   * the sensitive fields the query asks for when the caller may see them (`info`), so the file's
   * sensitive parts need no second row.
   */
  async open(ctx: RequestContext, id: string, info?: GraphQLResolveInfo): Promise<Returnee | null> {
    return withTransaction(ctx, async (ctx) => {
      // The person and the tabs the query asks for, in one statement that primes their loaders.
      const asked = info ? fieldsAsked(info) : new Set<string>();
      // A merged record answers with its survivor (returnee-merge.ts), if the caller may see it.
      const returnee = (await readCaseFile(ctx, id, asked)) ?? (await readSurvivorOf(ctx, id, asked));
      if (!returnee) return null;
      const sensitive = info ? sensitiveFieldsAsked(info) : [];
      const fields = sensitive.length > 0 && (await canSeeSensitiveFor(ctx, returnee.id)) ? sensitive : [];
      if (fields.length > 0) ctx.disclosure.announced.set(returnee.id, new Set(fields));
      await audit(ctx, {
        action: 'read:returnee',
        objectType: 'Returnee',
        objectId: returnee.id,
        returneeId: returnee.id,
        fields,
      });
      return returnee;
    });
  }

  async register(ctx: RequestContext, input: RegisterReturneeInput): Promise<Returnee> {
    const actor = requireActor(ctx);
    const citizenId = cleanCitizenId('input.citizenId', input.citizenId);
    checkDates(input);
    return withTransaction(ctx, async (ctx) => {
      const unitId = input.unitCode ? await unitsService.idInScope(ctx, input.unitCode) : actor.unitId;
      if (!unitId) throw notFound('NOT_FOUND.unit');
      await assertCitizenIdFree(ctx, citizenId);
      const repo = ctx.db.getRepository(Returnee);
      const otherNames = (input.otherNames ?? []).map((n) => n.trim()).filter(Boolean);
      const returnee = await repo.save(
        repo.create({
          unitId,
          fullName: input.fullName.trim(),
          searchName: normalizeName([input.fullName, ...otherNames].join(' ')),
          otherNames,
          dateOfBirth: input.dateOfBirth ?? null,
          sex: input.sex ?? null,
          citizenId: citizenId ?? null,
          permanentAddress: input.permanentAddress ?? null,
          currentAddress: input.currentAddress ?? null,
          residentialGroup: input.residentialGroup ?? null,
          familyContacts: (input.familyContacts ?? []).map((c) => ({
            name: c.name,
            relation: c.relation,
            phone: c.phone ?? null,
          })),
          returnedOn: input.returnedOn ?? null,
        }),
      );
      await auditChange(
        ctx,
        'registerReturnee',
        returnee,
        Object.keys(input).filter((k) => (input as unknown as Record<string, unknown>)[k] != null),
        returnee.id,
      );
      return returnee;
    });
  }

  /**
   * Updates the fields given, only if the caller read the current version: two officers editing
   * the same person never silently overwrite each other.
   */
  async update(ctx: RequestContext, input: UpdateReturneeInput): Promise<Returnee> {
    const citizenId = cleanCitizenId('input.citizenId', input.citizenId);
    return withTransaction(ctx, async (ctx) => {
      const current = await requireVisibleReturnee(ctx, input.id, { lock: true });
      if (current.version !== input.version) {
        throw appError(ErrorCode.CONFLICT, 'CONFLICT.returnee', { currentVersion: current.version });
      }
      const changes: Partial<Returnee> = {};
      for (const key of EDITABLE) {
        const value = key === 'citizenId' ? citizenId : input[key];
        if (value !== undefined) (changes as Record<string, unknown>)[key] = value;
      }
      if (changes.fullName === null) throw badInput('input.fullName', 'REQUIRED.fullName');
      checkDates({
        dateOfBirth: changes.dateOfBirth ?? current.dateOfBirth,
        returnedOn: changes.returnedOn ?? current.returnedOn,
      });
      await assertCitizenIdFree(ctx, changes.citizenId, current.id);
      if (changes.fullName !== undefined || changes.otherNames !== undefined) {
        const name = changes.fullName ?? current.fullName;
        const others = changes.otherNames ?? current.otherNames;
        changes.searchName = normalizeName([name, ...others].join(' '));
      }
      const updated = ctx.db.getRepository(Returnee).merge(current, changes);
      const saved = await ctx.db.getRepository(Returnee).save(updated);
      await auditChange(
        ctx,
        'updateReturnee',
        current,
        Object.keys(changes).filter((k) => k !== 'searchName'),
        current.id,
      );
      return saved;
    });
  }
}

export const returneeService = new ReturneeService();
