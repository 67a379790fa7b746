import { HelperRole } from '@hoanhap/shared';
import type { DataSource } from 'typeorm';
import { User } from '../../src/modules/auth/user.entity.js';
import { HelperAssignment } from '../../src/modules/helpers/helper-assignment.entity.js';
import { DEMO_ACCOUNTS } from './demo-server.js';
import { gqlDoc } from './gql-doc.js';
import type { GqlClient } from './test-server.js';

/**
 * withDemoServer() options of the casework specs: they build their own casework, so the demo's
 * helpers, contacts, support and tasks are set aside; the Văn Đẩu officer is called `vanDau`.
 */
export const CASEWORK_SPEC = { demoCasework: false, accounts: { vanDau: DEMO_ACCOUNTS.vandau } } as const;

export interface AssignHelperInput {
  returneeId: string;
  helperName: string;
  organisationId: string;
  helperUserId?: string | null;
  helperPhone?: string;
  role: 'PRIMARY' | 'SUPPORTING';
  startedOn: string;
}

export const ASSIGN_HELPER = gqlDoc<{ assignHelper: { id: string } }, { input: AssignHelperInput }>(
  `mutation ($input: AssignHelperInput!) { assignHelper(input: $input) { id } }`,
);

/** Assigns a primary helper (Trần Thị Lan) to a person through the API; a refusal fails the set-up. */
export async function assignPrimaryHelper(
  client: GqlClient,
  input: Omit<AssignHelperInput, 'helperName' | 'role'>,
): Promise<string> {
  const res = await client.request(ASSIGN_HELPER, { input: { ...input, helperName: 'Trần Thị Lan', role: 'PRIMARY' } });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.assignHelper.id ?? '';
}

/** Makes the demo's Women's Union helper the person's primary helper, straight in the database. */
export async function assignDemoHelper(dataSource: DataSource, returneeId: string, startedOn: string): Promise<void> {
  const helper = await dataSource.getRepository(User).findOneByOrFail({ email: 'phunu.lamha@hoanhap.local' });
  await dataSource.getRepository(HelperAssignment).insert({
    returneeId,
    helperName: helper.displayName,
    organisationId: helper.organisationId as string,
    helperUserId: helper.id,
    role: HelperRole.PRIMARY,
    startedOn,
  });
}

/** An id no row has, for NOT_FOUND checks. */
export const UNKNOWN_ID = '5f0b6c1e-8a4d-4e7b-9c1a-2d3e4f5a6b7c';

export const REGISTER_PERSON = gqlDoc<{ registerReturnee: { id: string } }, { input: Record<string, unknown> }>(
  'mutation ($input: RegisterReturneeInput!) { registerReturnee(input: $input) { id } }',
);

/** Registers a person through the API and returns the id; a refusal fails the set-up. */
export async function registerPerson(
  client: GqlClient,
  input: { fullName: string } & Record<string, unknown>,
): Promise<string> {
  const res = await client.request(REGISTER_PERSON, { input });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.registerReturnee.id;
}
