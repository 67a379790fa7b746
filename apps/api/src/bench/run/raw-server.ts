import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CASE_TRANSITIONS, type CaseStatus } from '@hoanhap/shared';
import pg from 'pg';
import { countStatements } from './sql-counter.js';
import { summaryCaseloadByDay, summaryFigures } from '../../modules/statistics/statistics-summary.js';
import { monthEnds } from '../../modules/statistics/statistics.service.js';
import { suppressedBreakdown } from '../../modules/statistics/figure-view.js';
import { forecastFromInputs } from '../../modules/returnees/returnee.loaders.js';
import {
  CASE_FILE_SENSITIVE_FIELDS,
  CASE_FILE_SQL,
  INSERT_AUDIT_SQL,
  INSERT_CONTACT_SQL,
  RETURNEE_PAGE_SQL,
  UNIT_BY_CODE_SQL,
} from './raw-queries.js';

/**
 * The reference server: node:http and pg, no framework, no GraphQL, no authentication. It answers
 * the same content as the product's documents for a request `{ op, variables }`, so the harness
 * can compare the two before measuring. Run as a child process (`node raw-server.js`): it prints
 * `raw server listening on <port>` and answers the harness's statement-count messages.
 */
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.RAW_POOL_SIZE ?? 10) });
countStatements(pg);
/** The summary readers take anything with `query(sql, params)` answering rows. */
const rows = { query: async (sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows };

type Vars = Record<string, unknown>;
const OPERATIONS: Record<string, (v: Vars) => Promise<unknown>> = {
  async Returnees(v) {
    const { rows } = await pool.query(RETURNEE_PAGE_SQL, [v.unitId, v.first]);
    return rows[0].data;
  },
  async ReturneeDetail(v) {
    const actor = v.actor as { userId: string; role: string; unitId: string };
    const { rows } = await pool.query({
      // Prepared once per connection, as the product prepares its case-file statement.
      name: 'case-file',
      text: CASE_FILE_SQL,
      values: [v.id, actor.unitId, actor.userId, actor.role, CASE_FILE_SENSITIVE_FIELDS],
    });
    const row = rows[0];
    if (!row) return { returnee: null };
    const returnee = row.returnee as { status: CaseStatus };
    // The derived fields, from the same functions the product's field resolvers call.
    return {
      returnee: {
        ...returnee,
        allowedTransitions: CASE_TRANSITIONS[returnee.status],
        expungementForecast: forecastFromInputs(row.forecast_inputs),
      },
    };
  },
  async ReintegrationStats(v) {
    const unit = (await pool.query(UNIT_BY_CODE_SQL, [v.unitCode])).rows[0];
    const { returned, inCaseload } = await summaryFigures(rows, unit.id, String(v.returnedSince), String(v.asOf));
    // W3 asks as the city's viewer, who sees small counts suppressed: the product's own rule.
    return {
      reintegrationStats: {
        unit,
        returnedSince: v.returnedSince,
        asOf: v.asOf,
        returned: suppressedBreakdown(returned),
        inCaseload: suppressedBreakdown(inCaseload),
      },
    };
  },
  async CaseloadByMonth(v) {
    const unit = (await pool.query(UNIT_BY_CODE_SQL, [v.unitCode])).rows[0];
    const days = monthEnds(String(v.returnedSince), String(v.asOf));
    const caseloadByMonth = (await summaryCaseloadByDay(rows, unit.id, String(v.returnedSince), days)).map((point) => ({
      ...point,
      inCaseload: suppressedBreakdown(point.inCaseload),
    }));
    return { reintegrationStats: { unit: { id: unit.id }, caseloadByMonth } };
  },
  async RecordContact(v) {
    const input = v.input as Vars;
    const actor = v.actor as { userId: string; role: string };
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows } = await client.query(INSERT_CONTACT_SQL, [
        input.returneeId,
        input.contactedOn,
        input.channel,
        actor.userId,
        input.notes ?? null,
        input.nextAction ?? null,
      ]);
      const fields = Object.keys(input).filter((k) => input[k] != null);
      await client.query(INSERT_AUDIT_SQL, [actor.userId, actor.role, rows[0].id, input.returneeId, fields]);
      await client.query('COMMIT');
      return { recordContact: rows[0].contact };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  },
};

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const { op, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { op: string; variables: Vars };
    const run = OPERATIONS[op];
    if (!run) {
      res.writeHead(404).end();
      return;
    }
    run(variables).then(
      (data) => {
        // A test may ask the reference to answer something else, to prove the comparison notices.
        const body = JSON.stringify({ data: process.env.RAW_TAMPER === op ? { tampered: true, data } : data });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      },
      (error: Error) => {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error.message }));
      },
    );
  });
});
server.listen(0, '127.0.0.1', () => {
  console.log(`raw server listening on ${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
