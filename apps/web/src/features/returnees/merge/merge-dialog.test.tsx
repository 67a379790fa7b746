import { CaseStatus, Sex } from '@hoanhap/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MergeCandidatesDocument,
  type MergeCandidateFieldsFragment,
  MergeReturneesDocument,
  type MergeReturneesMutationVariables,
} from '../../../gql/graphql';
import { loadCaseworkTexts } from '../../../i18n/casework';
import { apiError, lamHa, officer } from '../../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../../test/render';
import { MergeDialog } from './merge-dialog';

beforeAll(() => loadCaseworkTexts('vi'));

const counts = (contact: number, conviction: number) =>
  [
    ['contact', contact],
    ['conviction', conviction],
    ['task', 0],
  ].map(([kind, count]) => ({
    __typename: 'RelatedRecordCount' as const,
    kind: kind as string,
    count: count as number,
  }));

function person(id: string, extra: Partial<MergeCandidateFieldsFragment> = {}) {
  return {
    __typename: 'Returnee' as const,
    id,
    version: 3,
    fullName: 'Vũ Đức Toàn',
    otherNames: [],
    dateOfBirth: '1997-04-01',
    sex: Sex.MALE,
    citizenId: null,
    permanentAddress: 'Số 5 ngõ 12, Lãm Hà',
    currentAddress: null,
    residentialGroup: 'Tổ 5',
    returnedOn: '2022-11-21',
    status: CaseStatus.UNDER_SUPPORT,
    unit: { __typename: 'AdministrativeUnit' as const, id: lamHa.id, name: lamHa.name },
    relatedRecordCounts: counts(4, 1),
    ...extra,
  };
}

const kept = person('r-toan');
const other = person('r-toan-2', {
  fullName: 'Vu Duc Toan',
  version: 1,
  citizenId: '031097001234',
  relatedRecordCounts: counts(1, 0),
});

const candidatesMock = (duplicates = [other]) => ({
  request: { query: MergeCandidatesDocument, variables: { id: 'r-toan' } },
  result: { data: { person: kept, possibleDuplicates: duplicates } },
});

/** The dialog as the person's page opens it: closing it closes it. */
function OpenedDialog() {
  const [opened, setOpened] = useState(true);
  return <MergeDialog returneeId="r-toan" opened={opened} onClose={() => setOpened(false)} />;
}

function renderDialog(mocks: RenderOptions['mocks']) {
  return renderWithApp(<OpenedDialog />, {
    mocks,
    url: '/merge',
    path: '/merge',
    user: officer,
  });
}

async function chooseOther() {
  const form = await screen.findByTestId('merge-form');
  fireEvent.click(await within(form).findByRole('radio', { name: /Vu Duc Toan · 01\/04\/1997/ }));
  return form;
}

describe('the "Gộp hồ sơ trùng" dialog', () => {
  it('compares both records, asks why and for a confirmation, merges and lands on the kept record', async () => {
    const sent: MergeReturneesMutationVariables[] = [];
    renderDialog([
      candidatesMock(),
      {
        request: {
          query: MergeReturneesDocument,
          variables: (variables: MergeReturneesMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: { data: { mergeReturnees: { ...kept, version: 4, citizenId: '031097001234' } } },
      },
    ]);
    const form = await chooseOther();
    const table = within(form).getByTestId('merge-compare');
    // The kept record's empty citizen ID will come from the other record; counts side by side.
    const citizenRow = within(table).getByRole('row', { name: /Số định danh cá nhân/ });
    expect(citizenRow.textContent).toContain('Lấy từ hồ sơ kia: 031097001234');
    expect(within(table).getByRole('row', { name: /Gặp gỡ/ }).textContent).toBe('Gặp gỡ41');
    expect(within(table).queryByRole('row', { name: /Công việc/ })).toBeNull();

    fireEvent.click(within(form).getByRole('button', { name: 'Gộp hồ sơ' }));
    expect(await within(form).findByText('Vui lòng nêu lý do gộp.')).toBeTruthy();
    expect(within(form).getByText('Vui lòng xác nhận trước khi gộp.')).toBeTruthy();
    expect(sent).toEqual([]);

    fireEvent.change(within(form).getByLabelText(/Lý do gộp/), { target: { value: ' Nhập hai lần ' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: /cùng một người/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Gộp hồ sơ' }));

    expect((await screen.findByTestId('location')).textContent).toBe('/returnees/r-toan');
    expect(sent).toEqual([
      {
        input: {
          survivorId: 'r-toan',
          survivorVersion: 3,
          absorbedId: 'r-toan-2',
          absorbedVersion: 1,
          reason: 'Nhập hai lần',
        },
      },
    ]);
  });

  it('keeps the other record when asked, and says the API’s refusal for the whole form', async () => {
    const sent: MergeReturneesMutationVariables[] = [];
    renderDialog([
      candidatesMock(),
      {
        request: {
          query: MergeReturneesDocument,
          variables: (variables: MergeReturneesMutationVariables) => {
            sent.push(variables);
            return true;
          },
        },
        result: apiError('BAD_USER_INPUT', { field: 'input.absorbedId', reason: 'MERGE_OPEN_ELSEWHERE' }),
      },
    ]);
    const form = await chooseOther();
    fireEvent.click(within(form).getByRole('switch', { name: /Giữ lại hồ sơ kia/ }));
    fireEvent.change(within(form).getByLabelText(/Lý do gộp/), { target: { value: 'Cùng người' } });
    fireEvent.click(within(form).getByRole('checkbox', { name: /hồ sơ Vu Duc Toan/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Gộp hồ sơ' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('đang được quản lý ở đơn vị khác');
    expect(sent[0]?.input).toMatchObject({ survivorId: 'r-toan-2', absorbedId: 'r-toan' });
    expect(screen.queryByTestId('location')).toBeNull();
  });

  it('says when no record of the same name and birthday is in scope', async () => {
    renderDialog([candidatesMock([])]);
    expect((await screen.findByTestId('merge-none')).textContent).toContain('Không tìm thấy hồ sơ');
    await waitFor(() => expect(screen.queryByRole('radio')).toBeNull());
  });
});
