import { Role } from '@hoanhap/shared';
import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReturneesDocument } from '../../gql/graphql';
import { loadCaseworkTexts } from '../../i18n/casework';
import { officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import ReturneesListPage from './returnees-list-page';
import { connection, row } from './test-fixtures';

beforeAll(() => loadCaseworkTexts('vi'));

const listMock = {
  request: { query: ReturneesDocument, variables: () => true },
  result: connection([row('r-duc', 'Nguyễn Văn Đức')]),
};

const renderList = (user = officer) =>
  renderWithApp(<ReturneesListPage />, { mocks: [listMock], url: '/returnees', path: '/returnees', user });

describe('"Thêm người" on the list', () => {
  it('leads the officer to the registration page', async () => {
    renderList();
    const link = await screen.findByRole('link', { name: 'Thêm người' });
    expect(link.getAttribute('href')).toBe('/returnees/new');
  });

  it('is not offered to a committee user', async () => {
    renderList({ ...officer, role: Role.COMMITTEE });
    await screen.findByTestId('returnees-table');
    expect(screen.queryByTestId('register-returnee')).toBeNull();
  });
});
