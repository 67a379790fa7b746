import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CaseloadByMonthDocument } from '../../gql/graphql';
import { apiError, breakdown } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import CaseloadChart, { pointLabel } from './caseload-chart';

const variables = { returnedSince: '2024-04-01', asOf: '2024-04-25' };
const result = (points: Array<[string, number]>) => ({
  data: {
    reintegrationStats: {
      __typename: 'ReintegrationStats',
      unit: { __typename: 'AdministrativeUnit', id: 'u-lam-ha' },
      caseloadByMonth: points.map(([on, total]) => ({
        __typename: 'CaseloadPoint',
        on,
        inCaseload: breakdown(total, total, 0, 0),
      })),
    },
  },
});

describe('caseload by month', () => {
  it('labels month ends by month and the last day in full', () => {
    expect(pointLabel('2024-03-31', false)).toBe('03/2024');
    expect(pointLabel('2024-04-25', true)).toBe('25/04/2024');
  });

  it('says the period is too short when there is a single point', async () => {
    renderWithApp(<CaseloadChart {...variables} unitVariables={{}} />, {
      mocks: [{ request: { query: CaseloadByMonthDocument, variables }, result: result([['2024-04-25', 10]]) }],
    });
    expect(await screen.findByText('Khoảng thời gian quá ngắn để vẽ theo tháng.')).toBeTruthy();
  });

  it('offers a retry when the figures cannot be loaded', async () => {
    renderWithApp(<CaseloadChart {...variables} unitVariables={{}} />, {
      mocks: [{ request: { query: CaseloadByMonthDocument, variables }, result: apiError('INTERNAL_SERVER_ERROR') }],
    });
    expect(await screen.findByText('Không tải được số liệu theo tháng.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Thử lại/ })).toBeTruthy();
  });
});
