import { Role } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  PledgeDetailDocument,
  PledgeFormChoicesDocument,
  ReviewPledgeDocument,
  type ReviewPledgeMutationVariables,
} from '../../../gql/graphql';
import { loadPledgesTexts } from '../../../i18n/pledges';
import { apiError, officer } from '../../../test/fixtures';
import { recordingMock } from '../../../test/mocks';
import { renderWithApp } from '../../../test/render';
import PledgeDetailPage from '../pledge-detail-page';
import { choices, manualTarget, PLEDGE_ID, pledge, yearEndReview } from './fixtures';

const detail = (value = pledge()) => ({
  request: { query: PledgeDetailDocument, variables: { id: PLEDGE_ID } },
  result: { data: { pledge: value } },
});

const reviewMock = (sent: ReviewPledgeMutationVariables[], result: object) =>
  recordingMock(ReviewPledgeDocument, sent, result);

function renderPage(mocks: object[], role: Role = Role.COMMITTEE) {
  renderWithApp(<PledgeDetailPage />, {
    user: { ...officer, role },
    url: `/pledges/${PLEDGE_ID}`,
    path: '/pledges/:id',
    mocks: mocks as never,
  });
}

async function openForm() {
  fireEvent.click(await screen.findByRole('button', { name: 'Sơ kết, tổng kết' }));
  return screen.findByTestId('review-pledge-form');
}

async function fill(form: HTMLElement, actual: string) {
  fireEvent.click(within(form).getAllByLabelText(/^Kỳ đánh giá/)[0] as HTMLElement);
  fireEvent.click(await screen.findByRole('option', { name: 'Tổng kết năm' }));
  fireEvent.change(within(form).getByLabelText(/^Ngày đánh giá/), { target: { value: '20/12/2024' } });
  fireEvent.change(within(form).getByLabelText(`Kết quả thực hiện: ${manualTarget.label}`), {
    target: { value: actual },
  });
  const evidence = within(form).getAllByLabelText(`Minh chứng: ${manualTarget.label}`)[0] as HTMLElement;
  await waitFor(() => expect((evidence as HTMLInputElement).disabled).toBe(false));
  fireEvent.click(evidence);
  fireEvent.click(await screen.findByRole('option', { name: /12\/BB-BCĐ/ }));
}

beforeAll(() => loadPledgesTexts('vi'));

describe('recording a review of a pledge', () => {
  it('asks for the kind and each manual value and evidence before sending, and shows the live value of computed targets', async () => {
    const sent: ReviewPledgeMutationVariables[] = [];
    renderPage([detail(), { request: { query: PledgeFormChoicesDocument }, result: choices }, reviewMock(sent, {})]);
    const form = await openForm();
    expect(within(form).getByTestId('review-live-value').textContent).toBe('Tự động tính: 25 (chốt tại ngày đánh giá)');
    fireEvent.click(within(form).getByRole('button', { name: 'Chốt kết quả' }));
    expect(await within(form).findAllByText('Vui lòng nhập thông tin này')).toHaveLength(3);
    fireEvent.change(within(form).getByLabelText(`Kết quả thực hiện: ${manualTarget.label}`), {
      target: { value: '-2' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Chốt kết quả' }));
    expect(await within(form).findByText('Giá trị nằm ngoài khoảng cho phép')).toBeTruthy();
    expect(sent).toHaveLength(0);
  });

  it('shows the API’s reason at the target row it names, and a review already recorded at the kind', async () => {
    const sent: ReviewPledgeMutationVariables[] = [];
    renderPage([
      detail(),
      { request: { query: PledgeFormChoicesDocument }, result: choices },
      reviewMock(
        sent,
        apiError('BAD_USER_INPUT', { field: 'input.manualActuals.0.evidenceDocumentId', reason: 'NOT_FOUND' }),
      ),
      reviewMock(sent, apiError('CONFLICT', { field: 'input.kind', reason: 'ALREADY_REVIEWED' })),
    ]);
    const form = await openForm();
    await fill(form, '10,5');
    fireEvent.click(within(form).getByRole('button', { name: 'Chốt kết quả' }));
    const row = within(form).getAllByTestId('review-target-row')[1] as HTMLElement;
    expect(await within(row).findByText('Không tìm thấy mục đã chọn trong địa bàn của bạn')).toBeTruthy();
    expect(sent[0]?.input).toEqual({
      pledgeId: PLEDGE_ID,
      kind: 'YEAR_END',
      reviewedOn: '2024-12-20',
      documentId: null,
      manualActuals: [{ targetId: manualTarget.id, actual: 10.5, evidenceDocumentId: 'doc-minutes' }],
    });

    fireEvent.click(within(form).getByRole('button', { name: 'Chốt kết quả' }));
    expect(
      await within(form).findByText('Kỳ sơ kết/tổng kết này đã được ghi trong năm, hoặc giao ước đã tổng kết'),
    ).toBeTruthy();
  });

  it('closes after saving and shows the new review with its frozen scores', async () => {
    const sent: ReviewPledgeMutationVariables[] = [];
    renderPage([
      detail(),
      { request: { query: PledgeFormChoicesDocument }, result: choices },
      reviewMock(sent, {
        data: {
          reviewPledge: {
            __typename: 'PledgeReview',
            id: 'review-1',
            kind: 'YEAR_END',
            reviewedOn: '2024-12-20',
            totalScore: 67.19,
          },
        },
      }),
      detail(pledge({ reviews: [yearEndReview] })),
    ]);
    expect(await screen.findByTestId('reviews-empty')).toBeTruthy();
    const form = await openForm();
    await fill(form, '10');
    fireEvent.click(within(form).getByRole('button', { name: 'Chốt kết quả' }));
    const review = await screen.findByTestId('pledge-review');
    expect(review.textContent).toContain('20/12/2024');
    expect(within(review).getByTestId('review-total').textContent).toContain('67,2/100');
    expect(review.textContent).toContain('10 / 12');
    await waitFor(() => expect(screen.queryByTestId('review-pledge-form')).toBeNull());
  });

  it('offers no forms to roles that may only read', async () => {
    renderPage([detail()], Role.VIEWER);
    expect(await screen.findByTestId('pledge-title')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Sơ kết, tổng kết' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Thêm chỉ tiêu' })).toBeNull();
  });
});
