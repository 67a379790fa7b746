import { Role } from '@hoanhap/shared';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { CampaignDocument, CampaignNoticesDocument, UnitsDocument } from '../../gql/graphql';
import { CampaignsTexts, loadCampaignsTexts } from '../../i18n/campaigns';
import { lamHa, officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import CampaignPage from './campaign-page';

const figures = (n: number[]) => ({
  notified: n[0],
  addressVerified: n[1],
  released: n[2],
  reportedIn: n[3],
  received: n[4],
  helperAssigned: n[5],
  overdue: n[6],
});
const ward = (code: string, name: string, n: number[]) => ({
  __typename: 'CampaignWardProgress',
  unit: { __typename: 'AdministrativeUnit', id: `u-${code}`, code, name },
  ...figures(n),
});
const campaign = {
  __typename: 'Campaign',
  id: 'c-1',
  version: 1,
  kind: 'AMNESTY',
  name: 'Đặc xá năm 2025',
  decisionNumber: '266/QĐ-CTN',
  decisionDate: '2025-08-26',
  notes: null,
  createdAt: '2025-09-01T01:00:00.000Z',
  unit: lamHa,
  wards: [
    ward('lam-ha', 'Phường Lãm Hà', [3, 2, 1, 1, 1, 2, 1]),
    ward('van-dau', 'Phường Văn Đẩu', [2, 0, 0, 0, 0, 0, 0]),
  ],
  totals: { __typename: 'CampaignProgress', ...figures([5, 2, 1, 1, 1, 2, 1]) },
};
const UNITS = { request: { query: UnitsDocument }, result: { data: { units: [] } }, maxUsageCount: 5 };
const NOTICES = {
  request: { query: CampaignNoticesDocument, variables: { id: 'c-1', unitCode: 'lam-ha' } },
  result: {
    data: {
      campaign: {
        __typename: 'Campaign',
        id: 'c-1',
        notices: {
          __typename: 'CampaignNoticeConnection',
          totalCount: 1,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'x' },
          edges: [
            {
              __typename: 'CampaignNoticeEdge',
              node: {
                __typename: 'ReleaseNotice',
                id: 'n-1',
                expectedReleaseOn: '2025-09-02',
                verifiedOn: null,
                returnee: { __typename: 'Returnee', id: 'r-1', fullName: 'Nguyễn Văn Đặc', status: 'NOTIFIED' },
              },
            },
          ],
        },
      },
    },
  },
};

function renderPage(answer: unknown, user = officer) {
  renderWithApp(
    <CampaignsTexts>
      <CampaignPage />
    </CampaignsTexts>,
    {
      mocks: [
        { request: { query: CampaignDocument, variables: { id: 'c-1' } }, result: { data: { campaign: answer } } },
        UNITS,
        NOTICES,
      ],
      url: '/campaigns/c-1',
      path: '/campaigns/:id',
      user,
    },
  );
}

describe('CampaignPage', () => {
  beforeAll(() => loadCampaignsTexts('vi'));

  it('shows each ward’s figures and the totals, and the first ward’s people to assign', async () => {
    renderPage(campaign);
    expect(await screen.findByTestId('campaign-title')).toHaveProperty('textContent', 'Đặc xá năm 2025');
    expect(screen.getByText(/Số 266\/QĐ-CTN, ngày 26\/08\/2025/)).toBeTruthy();
    const lamHaRow = screen.getByTestId('campaign-ward-lam-ha');
    expect(within(lamHaRow).getByTestId('ward-lam-ha-notified').textContent).toBe('3');
    expect(within(lamHaRow).getByTestId('ward-lam-ha-overdue').textContent).toBe('1');
    expect(screen.getByTestId('total-notified').textContent).toBe('5');
    expect(screen.getByTestId('campaign-intake').getAttribute('href')).toBe('/imports?campaign=c-1');
    expect(screen.getByTestId('campaign-print').getAttribute('href')).toBe('/print/campaigns/c-1');
    expect(await screen.findByText('Nguyễn Văn Đặc')).toBeTruthy();
    expect(screen.getByTestId('campaign-assign')).toHaveProperty('disabled', true);
  });

  it('gives a department viewer the figures without the officer’s buttons', async () => {
    renderPage(campaign, { ...officer, role: Role.VIEWER });
    await screen.findByTestId('campaign-title');
    expect(screen.queryByTestId('campaign-edit')).toBeNull();
    expect(screen.queryByTestId('campaign-intake')).toBeNull();
    expect(screen.queryByTestId('campaign-assign')).toBeNull();
    expect(screen.getByTestId('campaign-print')).toBeTruthy();
  });

  it('says a campaign out of scope is not found', async () => {
    renderPage(null);
    expect((await screen.findByTestId('campaign-not-found')).textContent).toContain('Không tìm thấy đợt này');
  });

  it('invites to bring the list in while no ward of the scope has people of it', async () => {
    renderPage({
      ...campaign,
      wards: [],
      totals: { __typename: 'CampaignProgress', ...figures([0, 0, 0, 0, 0, 0, 0]) },
    });
    expect(await screen.findByTestId('campaign-no-wards')).toBeTruthy();
  });
});
