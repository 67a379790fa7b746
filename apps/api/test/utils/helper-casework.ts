import { addDays, todayInVietnam } from '@hoanhap/shared';
import { beforeAll } from 'vitest';
import { hashPassword } from '../../src/modules/auth/password.js';
import { refusedWrites } from './assertions.js';
import { CASEWORK_SPEC } from './casework.js';
import { withDemoServer } from './demo-server.js';
import { DEMO_PASSWORD } from './test-server.js';

/*
 * The helper specs' set-up: the demo without its casework, two open Lãm Hà people (A and B), a
 * second helper account (Youth Union) beside the Women's Union one, and the documents they send.
 */

export const ASSIGN = `mutation ($input: AssignHelperInput!) { assignHelper(input: $input) {
  id helperName helperUserId helperPhone role startedOn endedOn daysSinceLastContact organisation { id name kind } } }`;
export const END = `mutation ($input: EndHelperAssignmentInput!) { endHelperAssignment(input: $input) { id endedOn endReason } }`;
export const CONTACT = `mutation ($input: RecordContactInput!) { recordContact(input: $input) {
  id contactedOn channel notes nextAction recordedBy { id displayName } } }`;
export const CONTACTS = `query ($id: ID!) { returnee(id: $id) { id contacts { id contactedOn notes recordedBy { id } } } }`;
export const CASELOAD = `query ($helper: ID) { helperCaseload(helperUserId: $helper) { id fullName } }`;

export type Data = Record<string, Record<string, unknown> | null>;

export const today = todayInVietnam();
export const daysAgo = (n: number) => addDays(today, -n);
export const idOf = (value: unknown): string => (value as { id?: string } | null | undefined)?.id ?? '';

/** Registers the demo server and the ids of the helper specs; call once at the top of a file. */
export function withHelperCasework() {
  const demo = withDemoServer({
    ...CASEWORK_SPEC,
    accounts: { ...CASEWORK_SPEC.accounts, helper2: 'doan.lamha@hoanhap.local' },
    logins: ['officer', 'vanDau', 'helper', 'committee', 'viewer'],
  });
  const { db, client, one, count } = demo;
  const ids = {
    personA: '', // open Lãm Hà case, assigned to the Women's Union helper in these tests
    personB: '', // open Lãm Hà case, never assigned to her
    personBReturnedOn: '',
    closedPerson: '', // closed Lãm Hà case
    vanDauPerson: '',
    helper: '',
    helper2: '',
    officer: '',
    womensUnion: '',
    youthUnion: '',
    vanDauPolice: '',
  };

  beforeAll(async () => {
    const open = (await db.dataSource.query(
      `SELECT r.id, r.returned_on FROM returnee r JOIN administrative_unit u ON u.id = r.unit_id
     WHERE u.code = 'lam-ha' AND r.status <> 'CLOSED' AND r.returned_on IS NOT NULL ORDER BY r.full_name`,
    )) as Array<{ id: string; returned_on: string }>;
    ids.personA = open[0]?.id ?? '';
    ids.personB = open[1]?.id ?? '';
    ids.personBReturnedOn = open[1]?.returned_on ?? '';
    ids.closedPerson = await demo.ids.anyPerson('lam-ha', 'CLOSED');
    ids.vanDauPerson = await demo.ids.anyPerson('van-dau');
    ids.helper = await demo.ids.user('phunu.lamha@hoanhap.local');
    ids.officer = await demo.ids.user('congan.lamha@hoanhap.local');
    ids.womensUnion = await demo.ids.organisation('Hội Phụ nữ phường Lãm Hà');
    ids.youthUnion = await demo.ids.organisation('Đoàn Thanh niên phường Lãm Hà');
    ids.vanDauPolice = await demo.ids.organisation('Công an phường Văn Đẩu');
    // A second helper account (Youth Union), to show helpers never read each other's notes.
    const unit = await one<{ id: string }>(`SELECT id FROM administrative_unit WHERE code = 'lam-ha'`);
    ids.helper2 = (
      await one<{ id: string }>(
        `INSERT INTO app_user (email, display_name, role, unit_id, organisation_id, password_hash, version)
       VALUES ('doan.lamha@hoanhap.local', 'Đoàn viên Đoàn Thanh niên phường Lãm Hà', 'HELPER', $1, $2, $3, 1) RETURNING id`,
        [unit.id, ids.youthUnion, await hashPassword(DEMO_PASSWORD)],
      )
    ).id;
    await client('helper2').signIn();
  });

  function assignInput(overrides: Record<string, unknown> = {}) {
    return {
      returneeId: ids.personA,
      helperName: 'Trần Thị Lan',
      organisationId: ids.womensUnion,
      helperUserId: ids.helper,
      helperPhone: '0912 345 678',
      role: 'PRIMARY',
      startedOn: daysAgo(20),
      ...overrides,
    };
  }

  /** Helper 2 (Youth Union, with an account, no phone) as SUPPORTING on person A, 15 days ago. */
  const supportingInput = () =>
    assignInput({
      helperName: 'Phạm Văn Hùng',
      helperUserId: ids.helper2,
      organisationId: ids.youthUnion,
      role: 'SUPPORTING',
      startedOn: daysAgo(15),
      helperPhone: null,
    });

  const refused = refusedWrites(count);

  return { ...demo, ids, assignInput, supportingInput, refused };
}
