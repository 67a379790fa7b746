import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadJudgmentsTexts } from '../../i18n/judgments';
import { detailMock, renderFile } from '../returnees/casework-b-fixtures';
import { detail } from '../returnees/test-fixtures';
import { lastHandOver } from './handed-over-notice';

beforeAll(() => loadJudgmentsTexts('vi'));

const transfer = (id: string, transferredOn: string, toDeploymentCode: string | null) => ({
  __typename: 'CaseTransfer' as const,
  id,
  transferredOn,
  createdAt: `${transferredOn}T03:00:00.000Z`,
  reason: null,
  fromUnit: { __typename: 'AdministrativeUnit' as const, id: 'u-lam-ha', name: 'Phường Lãm Hà' },
  toUnit: toDeploymentCode
    ? null
    : { __typename: 'AdministrativeUnit' as const, id: 'u-van-dau', name: 'Phường Văn Đẩu' },
  toDeploymentCode,
  toUnitName: toDeploymentCode ? 'Phường Trần Phú, TP Hải Dương' : null,
});

describe('a case handed over to another deployment', () => {
  it('is recognised by its latest transfer only', () => {
    const out = transfer('t-2', '2026-11-20', 'hai-duong');
    expect(lastHandOver([transfer('t-1', '2025-01-10', null), out])).toBe(out);
    expect(lastHandOver([out, transfer('t-3', '2026-12-01', null)])).toBeNull();
    expect(lastHandOver([])).toBeNull();
  });

  it('says where the case went on the person’s page, and offers no other transfer or hand-over', async () => {
    renderFile('/returnees/r-duc', [
      detailMock(detail({ transfers: [transfer('t-2', '2026-11-20', 'hai-duong')] } as never)),
    ]);
    expect((await screen.findByTestId('handed-over-notice')).textContent).toBe(
      'Hồ sơ đã được chuyển sang địa phương ngoài hệ thống: Phường Trần Phú, TP Hải Dương (hai-duong), từ ngày 20/11/2026.',
    );
    expect(screen.queryByTestId('transfer-open')).toBeNull();
    expect(screen.queryByTestId('hand-over-open')).toBeNull();
  });

  it('offers both on an open case that was not handed over', async () => {
    renderFile('/returnees/r-duc', [detailMock(detail())]);
    await screen.findByTestId('hand-over-open');
    expect(screen.getByTestId('transfer-open')).toBeTruthy();
    expect(screen.queryByTestId('handed-over-notice')).toBeNull();
  });
});
