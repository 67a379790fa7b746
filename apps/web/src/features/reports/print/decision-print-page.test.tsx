import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CommitteeDecisionPrintDocument, type CommitteeDecisionPrintQuery } from '../../../gql/graphql';
import { changeLanguage } from '../../../i18n/i18n';
import { loadPrintTexts } from '../../../i18n/print';
import { apiError, officer } from '../../../test/fixtures';
import { renderWithApp } from '../../../test/render';
import DecisionPrintPage from './decision-print-page';

type Committee = NonNullable<CommitteeDecisionPrintQuery['steeringCommittee']>;

const org = (id: string, name: string) => ({ __typename: 'Organisation' as const, id, name });
const member = (
  id: string,
  personName: string,
  title: string,
  role: string,
  extra: Partial<Committee['history'][number]> = {},
) => ({
  __typename: 'CommitteeMember' as const,
  id,
  personName,
  title,
  role,
  startedOn: '2024-04-18',
  endedOn: null,
  organisation: null,
  ...extra,
});
const doc = (id: string, kind: string, numberSymbol: string, issuedOn: string, issuer: string) => ({
  __typename: 'Document' as const,
  id,
  kind,
  numberSymbol,
  issuedOn,
  issuer,
});

function committee(overrides: Partial<Committee> = {}): Committee {
  return {
    __typename: 'SteeringCommittee',
    id: 'c1',
    name: 'Ban Chỉ đạo mô hình tái hòa nhập cộng đồng phường Lãm Hà',
    termFrom: '2024-04-18',
    foundingDecision: {
      __typename: 'Document',
      id: 'd-decision',
      numberSymbol: '58/QĐ-UBND',
      issuedOn: '2024-04-18',
      issuer: 'UBND phường Lãm Hà',
    },
    operatingRules: {
      __typename: 'Document',
      id: 'd-rules',
      numberSymbol: '59/QĐ-UBND',
      issuedOn: '2024-04-18',
      summary: 'Chỉ đạo việc tiếp nhận, giúp đỡ và hỗ trợ việc làm.',
    },
    model: {
      __typename: 'ReintegrationModel',
      id: 'm1',
      unit: { __typename: 'AdministrativeUnit', id: 'u1', name: 'Phường Lãm Hà' },
      documents: [
        doc('d-res', 'RESOLUTION', '15-NQ/ĐU', '2024-03-20', 'Đảng ủy phường Lãm Hà'),
        doc('d-report', 'REPORT', '08/BC-CAP', '2024-03-28', 'Công an phường Lãm Hà'),
        doc('d-plan', 'PLAN', '42/KH-UBND', '2024-04-05', 'UBND phường Lãm Hà'),
        // Issued after the decision: it cannot be a basis.
        doc('d-late', 'PLAN', '99/KH-UBND', '2024-09-01', 'UBND phường Lãm Hà'),
      ],
    },
    history: [
      member('m-sec', 'Ngô Đức Hiếu', 'Cán bộ Công an phường phụ trách công tác tái hòa nhập', 'SECRETARY', {
        organisation: org('o-police', 'Công an phường Lãm Hà'),
      }),
      member('m-head', 'Nguyễn Văn Thịnh', 'Phó Chủ tịch UBND phường', 'HEAD', {
        organisation: org('o-ubnd', 'UBND phường Lãm Hà'),
      }),
      member('m-late', 'Người Vào Sau', 'Chủ tịch Hội Nông dân phường', 'MEMBER', { startedOn: '2024-10-01' }),
    ],
    ...overrides,
  } as Committee;
}

function renderDecision(result: object) {
  return renderWithApp(<DecisionPrintPage />, {
    url: '/print/committees/c1/decision',
    path: '/print/committees/:id/decision',
    user: officer,
    mocks: [{ request: { query: CommitteeDecisionPrintDocument, variables: { id: 'c1' } }, result }],
  });
}

const flat = (el: HTMLElement) => (el.textContent ?? '').replace(/\s+/g, ' ');

beforeAll(async () => {
  await Promise.all([loadPrintTexts('vi'), loadPrintTexts('en')]);
});

describe('the printed founding decision', () => {
  it('lays out the decision in the administrative style with the founding members in role order', async () => {
    renderDecision({ data: { steeringCommittee: committee() } });
    const sheet = await screen.findByTestId('decision-sheet');
    const text = flat(sheet);

    expect(flat(screen.getByTestId('decision-issuer'))).toBe('ỦY BAN NHÂN DÂNPHƯỜNG LÃM HÀ');
    expect(screen.getByTestId('decision-number').textContent).toBe('Số: 58/QĐ-UBND');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(screen.getByTestId('decision-place-date').textContent).toBe('Lãm Hà, ngày 18 tháng 4 năm 2024');
    expect(screen.getByTestId('decision-title').textContent).toBe('QUYẾT ĐỊNH');
    expect(text).toContain('Về việc thành lập Ban Chỉ đạo mô hình tái hòa nhập cộng đồng phường Lãm Hà');
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG LÃM HÀ');
    expect(text).toContain('Căn cứ Nghị quyết số 15-NQ/ĐU ngày 20 tháng 3 năm 2024 của Đảng ủy phường Lãm Hà;');
    expect(text).toContain('Căn cứ Kế hoạch số 42/KH-UBND ngày 05 tháng 4 năm 2024 của UBND phường Lãm Hà;');
    expect(text).not.toContain('99/KH-UBND');
    expect(text).toContain('Xét đề nghị của Công an phường Lãm Hà tại Báo cáo số 08/BC-CAP ngày 28 tháng 3 năm 2024.');
    expect(text).toContain('QUYẾT ĐỊNH:');

    const members = screen.getAllByTestId('decision-member').map((li) => li.textContent);
    expect(members).toEqual([
      '1. Nguyễn Văn Thịnh, Phó Chủ tịch UBND phường Lãm Hà – Trưởng ban;',
      '2. Ngô Đức Hiếu, Cán bộ Công an phường phụ trách công tác tái hòa nhập – Thư ký.',
    ]);
    expect(flat(screen.getByTestId('decision-article-2'))).toBe(
      'Điều 2. Ban Chỉ đạo hoạt động theo Quy chế hoạt động số 59/QĐ-UBND ngày 18 tháng 4 năm 2024. ' +
        'Nhiệm vụ của Ban Chỉ đạo: Chỉ đạo việc tiếp nhận, giúp đỡ và hỗ trợ việc làm.',
    );
    expect(flat(screen.getByTestId('decision-article-3'))).toContain('Quyết định này có hiệu lực kể từ ngày ký.');
    // Since 07/2025 the commune's office is headed by the Chánh Văn phòng HĐND và UBND (Decree 150/2025/NĐ-CP).
    expect(flat(screen.getByTestId('decision-article-3'))).toContain('Chánh Văn phòng HĐND và UBND phường Lãm Hà,');
    expect(flat(screen.getByTestId('decision-article-3'))).not.toContain('Văn phòng - Thống kê');
    expect(text).toContain('Nơi nhận:');
    expect(flat(screen.getByTestId('decision-signer'))).toContain('TM. ỦY BAN NHÂN DÂNCHỦ TỊCH');
    expect(screen.getByTestId('print-button').textContent).toBe('In');
  });

  it('gives the standard duties when the operating rules have no summary, and numbers without a number', async () => {
    const base = committee();
    renderDecision({
      data: {
        steeringCommittee: committee({
          operatingRules: null,
          foundingDecision: { ...base.foundingDecision, numberSymbol: null },
        }),
      },
    });
    await screen.findByTestId('decision-sheet');
    expect(screen.getByTestId('decision-number').textContent).toBe('Số: ……');
    expect(flat(screen.getByTestId('decision-article-2'))).toContain(
      'Điều 2. Ban Chỉ đạo có nhiệm vụ giúp Chủ tịch Ủy ban nhân dân phường Lãm Hà chỉ đạo',
    );
  });

  it('keeps the document Vietnamese while the toolbar speaks English', async () => {
    await changeLanguage('en');
    renderDecision({ data: { steeringCommittee: committee() } });
    const sheet = await screen.findByTestId('decision-sheet');
    expect(screen.getByTestId('print-button').textContent).toBe('Print');
    expect(screen.getByTestId('close-button').textContent).toBe('Close');
    expect(within(sheet).getByTestId('decision-title').textContent).toBe('QUYẾT ĐỊNH');
    expect(flat(sheet)).toContain('Trưởng ban');
  });

  it('says so when the committee is missing or out of scope', async () => {
    renderDecision({ data: { steeringCommittee: null } });
    expect((await screen.findByTestId('print-not-found')).textContent).toContain('Không tìm thấy văn bản');
    expect(screen.queryByTestId('decision-sheet')).toBeNull();
  });

  it('shows the error with a way to try again when loading fails', async () => {
    renderDecision(apiError('INTERNAL_SERVER_ERROR'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Không tải được quyết định để in.');
    expect(within(alert).getByRole('button')).toBeTruthy();
  });
});
