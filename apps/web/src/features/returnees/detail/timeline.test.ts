import { describe, expect, it } from 'vitest';
import { conviction } from '../casework-b-fixtures';
import { detail } from '../test-fixtures';
import { buildTimeline, type TimelineLabels } from './timeline';

const labels = new Proxy({} as TimelineLabels, { get: () => (value: string) => value });

describe('the timeline of a case file', () => {
  it('shows judgments and the verification of a prison’s notice among the other steps', () => {
    const file = detail({
      convictions: [conviction] as never,
      releaseNotices: [
        {
          __typename: 'ReleaseNotice',
          id: 'notice-1',
          prison: 'Trại giam Xuân Nguyên',
          receivedOn: '2024-01-02',
          expectedReleaseOn: null,
          statedAddress: 'Số 12 ngõ 3, phường Lãm Hà',
          verificationDueOn: '2024-01-05',
          verificationResult: 'CONFIRMED',
          verifiedOn: '2024-01-04',
        },
      ] as never,
    });
    const entries = buildTimeline(file, labels);
    expect(entries.map((e) => [e.kind, e.date])).toEqual([
      ['contact', '2024-03-01'],
      ['release', '2024-01-20'],
      ['addressVerified', '2024-01-04'],
      ['releaseNotice', '2024-01-02'],
      ['conviction', '2021-06-10'],
    ]);
    expect(entries.find((e) => e.kind === 'conviction')?.values).toEqual({
      number: '45/2021/HS-ST',
      court: 'Tòa án nhân dân quận Kiến An',
    });
    expect(entries.find((e) => e.kind === 'addressVerified')?.values).toEqual({ result: 'CONFIRMED' });
  });

  it('names the ward and the deployment a case was handed over to, which has no unit here', () => {
    const file = detail({
      transfers: [
        {
          __typename: 'CaseTransfer',
          id: 'transfer-1',
          transferredOn: '2026-11-20',
          reason: 'Chuyển về sống cùng gia đình',
          fromUnit: { __typename: 'AdministrativeUnit', id: 'u-lam-ha', name: 'Phường Lãm Hà' },
          toUnit: null,
          toDeploymentCode: 'hai-duong',
          toUnitName: 'Phường Trần Phú, TP Hải Dương',
        },
      ] as never,
    });
    expect(buildTimeline(file, labels).find((e) => e.kind === 'transfer')?.values).toEqual({
      from: 'Phường Lãm Hà',
      to: 'Phường Trần Phú, TP Hải Dương (hai-duong)',
    });
  });
});
