import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';

/*
 * Where a sending officer may hand a case over (docs/api.md, Case packages): the partners the
 * administrator trusts, by code and name, never a revoked one.
 */
const server = withDemoServer({ deployment: { code: 'hai-phong' } });
const admin = server.client('admin');
const officer = server.client('officer');

const REGISTER = `mutation ($input: RegisterPartnerDeploymentInput!) { registerPartnerDeployment(input: $input) { id } }`;
const REVOKE = `mutation ($id: ID!) { revokePartnerDeployment(id: $id) { id } }`;
const DESTINATIONS = `{ handoverDestinations { code name } }`;

const publicKey = () => generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();

async function register(code: string, name: string): Promise<string> {
  const res = await admin.request<{ registerPartnerDeployment: { id: string } }>(REGISTER, {
    input: { code, name, publicKey: publicKey(), contact: 'Phòng PC06' },
  });
  expect(res.errors).toBeUndefined();
  return res.data?.registerPartnerDeployment.id ?? '';
}

beforeAll(async () => {
  await admin.signIn();
  await officer.signIn();
  await register('thai-binh', 'Công an tỉnh Thái Bình');
  await register('ha-noi', 'Công an TP Hà Nội');
  const revoked = await register('nam-dinh', 'Công an tỉnh Nam Định');
  expect((await admin.request(REVOKE, { id: revoked })).errors).toBeUndefined();
});

describe('the destinations of a hand-over', () => {
  it('lists the active partners by name, with their code and name only', async () => {
    const res = await officer.request<{ handoverDestinations: Array<{ code: string; name: string }> }>(DESTINATIONS);
    expect(res.errors).toBeUndefined();
    expect(res.data?.handoverDestinations).toEqual([
      { code: 'ha-noi', name: 'Công an TP Hà Nội' },
      { code: 'thai-binh', name: 'Công an tỉnh Thái Bình' },
    ]);
  });

  it('does not give officers the partners’ keys', async () => {
    const res = await officer.request(`{ handoverDestinations { code publicKey } }`);
    expect(res.errors?.[0]?.message).toContain('Cannot query field "publicKey"');
  });
});
