import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { SubmittedReportsDocument } from '../../gql/graphql';
import { loadReportsTexts } from '../../i18n/reports';
import { breakdown, officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import SubmittedReportsPage from './submitted-reports-page';

beforeAll(() => loadReportsTexts('vi'));

const unit = (id: string, code: string, name: string) => ({
  __typename: 'AdministrativeUnit' as const,
  id,
  code,
  name,
});
const hidden = (b: ReturnType<typeof breakdown>, ...parts: Array<'stable' | 'unemployed' | 'total'>) => ({
  ...b,
  ...Object.fromEntries(parts.map((p) => [p, null])),
  suppressed: parts.map((p) => p.toUpperCase()),
});

describe('SubmittedReportsPage', () => {
  it('lists each ward’s submission with "<3" where suppressed, the sums, and the wards that have not submitted', async () => {
    renderWithApp(<SubmittedReportsPage />, {
      user: { ...officer, role: 'VIEWER' } as typeof officer,
      mocks: [
        {
          request: { query: SubmittedReportsDocument, variables: () => true },
          result: {
            data: {
              submittedReports: {
                __typename: 'SubmittedReports',
                periodEnd: '2024-04-30',
                unit: { __typename: 'AdministrativeUnit', id: 'hp', name: 'Thành phố Hải Phòng' },
                submitted: [
                  {
                    __typename: 'WardReport',
                    unit: unit('lh', 'lam-ha', 'Phường Lãm Hà'),
                    submission: {
                      __typename: 'ReportSubmission',
                      id: 's1',
                      revision: 2,
                      signerName: 'Nguyễn Văn An',
                      submittedAt: '2024-05-02T02:00:00.000Z',
                    },
                    returned: breakdown(34, 7, 21, 6),
                    inCaseload: hidden(breakdown(10, 2, 7, 1), 'stable', 'unemployed'),
                  },
                ],
                returned: breakdown(34, 7, 21, 6),
                inCaseload: hidden(breakdown(10, 2, 7, 1), 'stable', 'unemployed'),
                notSubmitted: [{ __typename: 'AdministrativeUnit', id: 'vd', code: 'van-dau', name: 'Phường Văn Đẩu' }],
              },
            },
          },
        },
      ],
    });
    expect((await screen.findByTestId('ward-lam-ha-stable')).textContent).toBe('<3');
    expect(screen.getByTestId('ward-lam-ha-unstable').textContent).toBe('7');
    expect(screen.getByTestId('ward-sum-total').textContent).toBe('10');
    expect(screen.getByTestId('wards-not-submitted').textContent).toContain('Phường Văn Đẩu');
    expect(screen.getByTestId('wards-suppressed-legend').textContent).toContain('<3');
  });
});
