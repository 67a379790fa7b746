import { Role } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCaseworkTexts } from '../../../i18n/casework';
import {
  ReturneeDetailDocument,
  RevealSensitiveDocument,
  type RevealSensitiveMutationVariables,
} from '../../../gql/graphql';
import { apiError, officer } from '../../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../../test/render';
import ReturneeDetailPage from '../returnee-detail-page';
import { detail, helperUser } from '../test-fixtures';
import { forgetGrants } from './reveal-grants';
import { loadJudgmentsTexts } from '../../../i18n/judgments';

// The case file's tabs and forms name themselves from lazily loaded texts.
beforeAll(() => Promise.all([loadCaseworkTexts('vi'), loadJudgmentsTexts('vi')]));
const committee = { ...officer, id: 'user-ubnd', role: Role.COMMITTEE, displayName: 'Phạm Thị Lan' };
const PURPOSE = 'Xét đề nghị hỗ trợ vốn vay tháng 11';

const conviction = {
  __typename: 'Conviction',
  id: 'conv-1',
  court: 'TAND quận Kiến An',
  judgmentNumber: '45/2021/HS-ST',
  judgmentDate: '2021-06-10',
  penalCodeArticle: '173',
  penalCodeChapter: 'XVI',
  severity: 'LESS_SERIOUS',
  intentional: true,
  mainPenalty: 'IMPRISONMENT',
  prisonMonths: 30,
  mainPenaltyCompletedOn: '2024-01-20',
  supplementaryPenalties: [],
  obligations: [],
};

const hidden = detail({ citizenId: null, convictions: [] });
const revealed = detail({ convictions: [conviction] as never });

const detailMock = (returnee: ReturnType<typeof detail>) => ({
  request: { query: ReturneeDetailDocument, variables: { id: 'r-duc' } },
  result: { data: { returnee } },
});

function renderDetail(mocks: RenderOptions['mocks'], user = committee) {
  return renderWithApp(<ReturneeDetailPage />, {
    mocks,
    url: '/returnees/r-duc?tab=convictions',
    path: '/returnees/:id',
    user,
  });
}

afterEach(() => forgetGrants());

describe('the purpose dialog for sensitive fields', () => {
  it('refuses a purpose shorter than 10 characters, in Vietnamese, without calling the API', async () => {
    // No mock for the reveal: a call would fail the test with an error in the dialog.
    renderDetail([detailMock(hidden)]);
    const notice = await screen.findByTestId('convictions-hidden');
    expect(notice.textContent).toContain('Thông tin nhạy cảm đã được ẩn');
    fireEvent.click(within(notice).getByRole('button', { name: 'Xem thông tin (nêu mục đích)' }));

    const form = await screen.findByTestId('reveal-form');
    const purpose = within(form).getByLabelText(/Mục đích/);
    fireEvent.change(purpose, { target: { value: 'xem thử' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Xác nhận và xem' }));

    await waitFor(() => expect(purpose.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('Vui lòng nêu mục đích, ít nhất 10 ký tự.')).toBeTruthy();
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('on success reloads the person, shows the conviction and until when access lasts', async () => {
    const sent: RevealSensitiveMutationVariables[] = [];
    renderDetail([
      detailMock(hidden),
      {
        request: {
          query: RevealSensitiveDocument,
          variables: (variables: RevealSensitiveMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: {
          data: {
            revealSensitive: {
              __typename: 'SensitiveReveal',
              id: 'reveal-1',
              returneeId: 'r-duc',
              purpose: PURPOSE,
              grantedAt: '2026-11-29T04:00:00.000Z',
              expiresAt: '2099-11-29T04:30:00.000Z',
            },
          },
        },
      },
      detailMock(revealed),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem thông tin (nêu mục đích)' }));
    const form = await screen.findByTestId('reveal-form');
    fireEvent.change(within(form).getByLabelText(/Mục đích/), { target: { value: `  ${PURPOSE}  ` } });
    fireEvent.click(within(form).getByRole('button', { name: 'Xác nhận và xem' }));

    const list = await screen.findByTestId('conviction-list');
    expect(list.textContent).toContain('45/2021/HS-ST');
    // 04:30 UTC is 11:30 in Việt Nam.
    expect(screen.getByTestId('reveal-until').textContent).toContain('11:30 29/11/2099');
    expect(sent).toEqual([{ input: { returneeId: 'r-duc', purpose: PURPOSE } }]);
    expect(screen.queryByTestId('convictions-hidden')).toBeNull();
  });

  it('shows the API’s refusal in the dialog', async () => {
    renderDetail([
      detailMock(hidden),
      { request: { query: RevealSensitiveDocument, variables: () => true }, result: apiError('FORBIDDEN') },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Xem thông tin (nêu mục đích)' }));
    const form = await screen.findByTestId('reveal-form');
    fireEvent.change(within(form).getByLabelText(/Mục đích/), { target: { value: PURPOSE } });
    fireEvent.click(within(form).getByRole('button', { name: 'Xác nhận và xem' }));
    expect(await within(form).findByRole('alert')).toBeTruthy();
  });

  it('is never offered to helpers', async () => {
    renderDetail([detailMock(hidden)], helperUser);
    await screen.findByTestId('convictions-hidden');
    expect(screen.queryByRole('button', { name: 'Xem thông tin (nêu mục đích)' })).toBeNull();
  });
});
