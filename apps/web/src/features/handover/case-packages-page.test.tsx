import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AcceptCasePackageDocument, type AcceptCasePackageMutationVariables } from '../../gql/graphql';
import { loadHandoverTexts } from '../../i18n/handover';
import { officer } from '../../test/fixtures';
import { recordingMock } from '../../test/mocks';
import { renderWithApp } from '../../test/render';
import { unitsMock } from '../imports/import-fixtures';
import CasePackagesPage from './case-packages-page';
import type { CasePackagePreview } from './case-package-requests';

beforeAll(() => loadHandoverTexts('vi'));
afterEach(() => vi.unstubAllGlobals());

const PACKAGE_ID = '0b8f5c1e-2f4a-4c55-9d1e-6a7b8c9d0e1f';

function preview(match: CasePackagePreview['match']): CasePackagePreview {
  return {
    packageId: PACKAGE_ID,
    from: { code: 'hai-duong', name: 'Công an tỉnh Hải Dương' },
    to: { code: 'hai-phong', unitCode: '11416', unitName: 'Phường Lãm Hà' },
    handedOverOn: '2026-11-20',
    person: {
      fullName: 'Trần Văn Đức',
      dateOfBirth: '1990-03-04',
      sex: 'MALE',
      citizenId: '031090001234',
      permanentAddress: null,
      currentAddress: 'Số 5 Lãm Hà',
      returnedOn: '2025-06-01',
      status: 'UNDER_SUPPORT',
    },
    openTasks: [{ kind: 'OTHER', title: 'Thăm hộ gia đình', dueOn: '2026-12-01', note: null }],
    auditSummary: {
      total: 12,
      byAction: { 'read:returnee': 12 },
      firstAt: '2025-06-01T02:00:00Z',
      lastAt: '2026-11-20T02:00:00Z',
    },
    counts: {
      releases: 1,
      convictions: 2,
      employmentPeriods: 1,
      classifications: 0,
      contacts: 3,
      supports: 0,
      helpers: 1,
      documents: 0,
    },
    match,
  };
}

/** Stubs fetch: the preview route answers `reply`; the bodies sent are kept. */
function stubPreview(reply: { status: number; body: unknown }): string[] {
  const sent: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      if (url !== '/case-packages/preview') throw new Error(`unexpected ${url}`);
      sent.push(String(init.body));
      return new Response(JSON.stringify(reply.body), { status: reply.status });
    }),
  );
  return sent;
}

function renderPage(mocks: object[] = []) {
  renderWithApp(<CasePackagesPage />, {
    mocks: [unitsMock, ...mocks] as never,
    url: '/case-packages',
    path: '/case-packages',
    user: officer,
  });
}

async function upload(name = 'ho-so-chuyen-giao-0b8f5c1e.json', content = '{"format":"hoanhap-case-package"}') {
  const form = await screen.findByTestId('package-upload-form');
  const input = form.querySelector('input[type="file"]');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [new File([content], name, { type: 'application/json' })] } });
  fireEvent.click(within(form).getByRole('button', { name: 'Kiểm tra và xem trước' }));
}

const accepted = (id: string) => ({
  data: { acceptCasePackage: { __typename: 'Returnee', id, fullName: 'Trần Văn Đức' } },
});

describe('receiving a case handed over by another deployment', () => {
  it('says why a package is refused, in the API’s Vietnamese words, and offers nothing to accept', async () => {
    const sent = stubPreview({
      status: 400,
      body: {
        errors: [
          {
            message:
              'Chữ ký số không khớp: hồ sơ đã bị sửa đổi sau khi ký hoặc không do nơi gửi ký. / The signature does not match: the package was changed after signing or not signed by its sender.',
            extensions: { code: 'BAD_USER_INPUT', reason: 'PACKAGE_TAMPERED', field: 'package' },
          },
        ],
      },
    });
    renderPage();
    await upload();
    const refusal = await screen.findByTestId('package-refusal');
    expect(refusal.textContent).toBe('Chữ ký số không khớp: hồ sơ đã bị sửa đổi sau khi ký hoặc không do nơi gửi ký.');
    expect(sent).toEqual(['{"format":"hoanhap-case-package"}']);
    expect(screen.queryByTestId('accept-package-form')).toBeNull();
  });

  it('refuses a file that is no .json before sending it', async () => {
    const sent = stubPreview({ status: 200, body: {} });
    renderPage();
    await upload('danh-sach.xlsx');
    await screen.findByText('Tệp hồ sơ chuyển giao là tệp .json.');
    expect(sent).toEqual([]);
  });

  it('shows the sender, the person and the person on record, then accepts into that file and links to it', async () => {
    stubPreview({ status: 200, body: preview({ kind: 'EXISTING', returneeId: 'r-duc', fullName: 'Trần Văn Đức' }) });
    const sent: AcceptCasePackageMutationVariables[] = [];
    renderPage([recordingMock(AcceptCasePackageDocument, sent, accepted('r-duc'))]);
    await upload();
    const shown = await screen.findByTestId('package-preview');
    expect(shown.textContent).toContain('Công an tỉnh Hải Dương (hai-duong)');
    expect(shown.textContent).toContain('Trần Văn Đức');
    expect(shown.textContent).toContain('031090001234');
    expect(shown.textContent).toContain('Bản án: 2');
    expect(shown.textContent).toContain('Thăm hộ gia đình');
    expect(screen.getByTestId('package-match').textContent).toContain('Đã có hồ sơ của người này');
    const form = screen.getByTestId('accept-package-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const done = await screen.findByTestId('package-accepted');
    expect(sent).toEqual([
      { input: { packageId: PACKAGE_ID, match: 'EXISTING', returneeId: 'r-duc', unitCode: '11416' } },
    ]);
    expect(within(done).getByRole('link', { name: 'Mở hồ sơ của Trần Văn Đức' }).getAttribute('href')).toBe(
      '/returnees/r-duc',
    );
  });

  it('makes the officer choose for a possible duplicate, and opens a new file when asked', async () => {
    stubPreview({
      status: 200,
      body: preview({ kind: 'POSSIBLE_DUPLICATE', returneeId: 'r-other', fullName: 'Trần Văn Đức' }),
    });
    const sent: AcceptCasePackageMutationVariables[] = [];
    renderPage([recordingMock(AcceptCasePackageDocument, sent, accepted('r-new'))]);
    await upload();
    const form = await screen.findByTestId('accept-package-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    await within(form).findByText('Chọn: bổ sung vào hồ sơ đã có hay lập hồ sơ mới.');
    expect(sent).toEqual([]);
    fireEvent.click(within(form).getByRole('radio', { name: 'Lập hồ sơ mới' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    await screen.findByTestId('package-accepted');
    expect(sent).toEqual([{ input: { packageId: PACKAGE_ID, match: 'NEW', returneeId: null, unitCode: '11416' } }]);
  });

  it('says a replayed package is refused at acceptance, in the API’s words', async () => {
    stubPreview({ status: 200, body: preview({ kind: 'NEW', returneeId: null, fullName: null }) });
    renderPage([
      {
        request: { query: AcceptCasePackageDocument, variables: () => true },
        result: {
          errors: [
            {
              message:
                'Hồ sơ chuyển giao này đã được tiếp nhận trước đây: không nhận lại lần nữa. / This case package has already been accepted.',
              extensions: { code: 'BAD_USER_INPUT', reason: 'PACKAGE_ALREADY_ACCEPTED', field: 'package' },
            },
          ],
        },
      },
    ]);
    await upload();
    const form = await screen.findByTestId('accept-package-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    await waitFor(() =>
      expect(screen.getByTestId('accept-error').textContent).toBe(
        'Hồ sơ chuyển giao này đã được tiếp nhận trước đây: không nhận lại lần nữa.',
      ),
    );
  });
});
