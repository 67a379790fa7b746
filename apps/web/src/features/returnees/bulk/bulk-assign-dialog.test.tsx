import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { AssignHelperToManyDocument, OrganisationsDocument } from '../../../gql/graphql';
import { ListsTexts, loadListsTexts } from '../../../i18n/lists';
import { apiError, officer } from '../../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../../test/render';
import { BulkAssignDialog } from './bulk-assign-dialog';

const people = [
  { id: 'r-duc', fullName: 'Nguyễn Văn Đức' },
  { id: 'r-hoa', fullName: 'Đặng Thị Hoa' },
];
const ORGS = {
  request: { query: OrganisationsDocument, variables: { unitId: null, kinds: null } },
  result: {
    data: {
      organisations: [
        { __typename: 'Organisation', id: 'org-pn', name: 'Hội Phụ nữ phường Lãm Hà', kind: 'WOMENS_UNION' },
      ],
    },
  },
};

function renderDialog(mocks: RenderOptions['mocks']) {
  const onAssigned = vi.fn();
  renderWithApp(
    <ListsTexts>
      <BulkAssignDialog opened onClose={() => {}} people={people} onAssigned={onAssigned} />
    </ListsTexts>,
    { mocks, user: officer },
  );
  return { onAssigned };
}

async function fillIn() {
  fireEvent.change(await screen.findByTestId('bulk-helper-name'), { target: { value: 'Phạm Thị Hoa' } });
  const organisation = screen.getByTestId('bulk-organisation');
  await waitFor(() => expect((organisation as HTMLInputElement).disabled).toBe(false));
  fireEvent.click(organisation);
  fireEvent.click(await screen.findByRole('option', { name: 'Hội Phụ nữ phường Lãm Hà' }));
}

describe('BulkAssignDialog', () => {
  // The first download of the texts is slow under the test runner; the dialog itself is not under test there.
  beforeAll(() => loadListsTexts('vi'));

  it('requires the helper’s name and organisation before sending', async () => {
    const { onAssigned } = renderDialog([ORGS]);
    fireEvent.click(await screen.findByTestId('bulk-assign-submit'));
    expect(await screen.findByText('Vui lòng sửa các ô được đánh dấu.')).toBeTruthy();
    expect(screen.getByTestId('bulk-helper-name').getAttribute('aria-invalid')).toBe('true');
    expect(onAssigned).not.toHaveBeenCalled();
  });

  it('names the person the API refused (returneeIds.1) with the reason, and saves nothing', async () => {
    const { onAssigned } = renderDialog([
      ORGS,
      {
        request: {
          query: AssignHelperToManyDocument,
          variables: (v: { input: { returneeIds: string[] } }) => v.input.returneeIds.join() === 'r-duc,r-hoa',
        },
        result: apiError('BAD_USER_INPUT', {
          field: 'input.returneeIds.1',
          reason: 'PRIMARY_TAKEN',
          cause: 'input.role',
        }),
      },
    ]);
    await fillIn();
    fireEvent.click(screen.getByTestId('bulk-assign-submit'));
    const alert = await screen.findByTestId('bulk-assign-error');
    expect(alert.textContent).toBe('Đặng Thị Hoa: đã có người giúp đỡ chính');
    // The role the refusal comes from is marked as well.
    expect(screen.getByTestId('bulk-role').getAttribute('aria-invalid')).toBe('true');
    expect(onAssigned).not.toHaveBeenCalled();
  });

  it('puts a field error from the API next to that field', async () => {
    renderDialog([
      ORGS,
      {
        request: { query: AssignHelperToManyDocument, variables: () => true },
        result: apiError('BAD_USER_INPUT', { field: 'input.helperPhone', reason: 'INVALID_PHONE' }),
      },
    ]);
    await fillIn();
    fireEvent.click(screen.getByTestId('bulk-assign-submit'));
    expect(await screen.findByText('Số điện thoại không hợp lệ')).toBeTruthy();
  });

  it('assigns everyone selected in one call', async () => {
    const { onAssigned } = renderDialog([
      ORGS,
      {
        request: {
          query: AssignHelperToManyDocument,
          variables: (v: { input: Record<string, unknown> }) =>
            v.input.organisationId === 'org-pn' &&
            v.input.helperName === 'Phạm Thị Hoa' &&
            v.input.role === 'SUPPORTING',
        },
        result: {
          data: {
            assignHelperToMany: people.map((_p, i) => ({
              __typename: 'HelperAssignment',
              id: `a-${i}`,
              helperName: 'Phạm Thị Hoa',
              role: 'SUPPORTING',
              startedOn: '2026-11-29',
            })),
          },
        },
      },
    ]);
    await fillIn();
    fireEvent.click(screen.getByTestId('bulk-assign-submit'));
    await waitFor(() => expect(onAssigned).toHaveBeenCalledWith('Phạm Thị Hoa', 2));
  });
});
