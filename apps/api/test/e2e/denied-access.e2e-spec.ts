import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { withDemoServer } from '../utils/demo-server.js';
import { errorCode, GqlClient } from '../utils/test-server.js';

/** Refused access is logged for investigation, with ids and codes only. */
const lines: Array<Record<string, unknown>> = [];
const sink = new Writable({
  write(chunk, _enc, done) {
    for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    done();
  },
});
const { server, signIn } = withDemoServer({ log: pino({ level: 'info' }, sink) });

describe('denied access', () => {
  it('logs a viewer’s refused write and an anonymous call, without personal data', async () => {
    const viewer = await signIn('so.haiphong@hoanhap.local');
    const res = await viewer.request('mutation { registerReturnee(input: { fullName: "Nguyễn Văn Thử" }) { id } }');
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(errorCode(await new GqlClient(server.url).request('{ me { id } }'))).toBe('UNAUTHENTICATED');

    const denied = lines.filter((l) => l.event === 'access_denied');
    expect(denied.map((l) => l.code)).toEqual(expect.arrayContaining(['FORBIDDEN', 'UNAUTHENTICATED']));
    expect(denied.find((l) => l.code === 'FORBIDDEN')).toMatchObject({ role: 'VIEWER', path: ['registerReturnee'] });
    const text = JSON.stringify(lines);
    expect(text).not.toContain('Nguyễn Văn Thử');
    expect(text).not.toContain('so.haiphong@hoanhap.local');
  });
});
