import { addDays, todayInVietnam } from '@hoanhap/shared';
import { assignDemoHelper, registerPerson } from './casework.js';
import { withDemoServer } from './demo-server.js';

/*
 * The employment specs' set-up: the demo server, signed-in clients of each role, fresh people
 * returned on 20/12/2023 and their employment periods recorded by the Lãm Hà officer.
 */

export const TODAY = todayInVietnam();
const ACTIONS = ['recordEmploymentPeriod', 'endEmploymentPeriod'];

export const RECORD = `mutation ($input: RecordEmploymentPeriodInput!) { recordEmploymentPeriod(input: $input) {
  id status employerName startedOn endedOn endReason verifiedOn version } }`;
export const END = `mutation ($input: EndEmploymentPeriodInput!) { endEmploymentPeriod(input: $input) {
  id status startedOn endedOn endReason version } }`;

export interface Period {
  id: string;
  status: string;
  employerName: string | null;
  startedOn: string;
  endedOn: string | null;
  endReason: string | null;
  verifiedOn: string | null;
  version: number;
}

/** Registers the demo server and the employment steps; call once at the top of a file. */
export function withEmploymentServer() {
  const demo = withDemoServer();
  const { db } = demo;
  const clients = demo.clients('officer', 'vandau', 'committee', 'helper', 'viewer', 'admin');

  let serial = 0;
  async function newPerson(): Promise<string> {
    serial += 1;
    return registerPerson(clients.officer, {
      fullName: `Người thử nghiệm việc làm ${serial}`,
      returnedOn: '2023-12-20',
    });
  }

  async function record(returneeId: string, fields: Record<string, unknown>, client = clients.officer) {
    return client.request<{ recordEmploymentPeriod: Period }>(RECORD, {
      input: { returneeId, status: 'UNSTABLE', startedOn: '2024-01-01', ...fields },
    });
  }

  async function recorded(returneeId: string, fields: Record<string, unknown>): Promise<Period> {
    const res = await record(returneeId, fields);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.recordEmploymentPeriod;
  }

  async function counts() {
    const [row] = await db.dataSource.query(
      `SELECT (SELECT count(*)::int FROM employment_period) AS periods,
              (SELECT count(*)::int FROM employment_period WHERE ended_on IS NOT NULL) AS ended,
              (SELECT coalesce(sum(version), 0)::int FROM employment_period) AS versions,
              (SELECT count(*)::int FROM audit_event WHERE action = ANY($1)) AS audits`,
      [ACTIONS],
    );
    return row as Record<string, number>;
  }

  const assignHelper = (returneeId: string) => assignDemoHelper(db.dataSource, returneeId, addDays(TODAY, -30));

  return { ...demo, clients, newPerson, record, recorded, counts, assignHelper };
}
