import { describe, expect, it } from 'vitest';
import { auditFilter, readAuditParams, writeAuditParams } from './audit-params';

const ACTOR = '0b6c1d7e-5f1a-4b8e-9c3d-2a1f0e9d8c7b';
const PERSON = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

describe('audit log filters', () => {
  it('turn the URL into the query filter, field by field', () => {
    const p = readAuditParams(
      new URLSearchParams(`from=2026-11-01&to=2026-11-29&action=read:sensitive&actor=${ACTOR}&returnee=${PERSON}`),
    );
    expect(auditFilter(p)).toEqual({
      from: '2026-11-01',
      to: '2026-11-29',
      action: 'read:sensitive',
      actorId: ACTOR,
      returneeId: PERSON,
    });
  });

  it('send no filter at all when the URL has none', () => {
    expect(auditFilter(readAuditParams(new URLSearchParams('')))).toBeNull();
  });

  it('drop malformed dates and ids instead of sending them', () => {
    const p = readAuditParams(new URLSearchParams('from=2026-02-30&to=29/11/2026&actor=42&action=%20'));
    expect(p).toEqual({ from: null, to: null, action: null, actor: null, returnee: null });
  });

  it('round-trip through the URL, leaving empty ones out', () => {
    const p = { from: '2026-11-01', to: null, action: 'setHoliday', actor: null, returnee: PERSON };
    const url = writeAuditParams(p);
    expect(url.toString()).toBe(`from=2026-11-01&action=setHoliday&returnee=${PERSON}`);
    expect(readAuditParams(url)).toEqual(p);
  });
});
