import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PalettePeopleDocument } from '../../gql/graphql';
import { officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { PaletteTrigger } from './palette-trigger';

const person = {
  __typename: 'Returnee',
  id: 'r-1',
  fullName: 'Nguyễn Văn Bình',
  dateOfBirth: '1990-03-02',
  status: 'UNDER_SUPPORT',
  unit: { __typename: 'AdministrativeUnit', id: 'u-lam-ha', name: 'Phường Lãm Hà' },
};
const found = {
  request: { query: PalettePeopleDocument, variables: { search: 'nguyen van' } },
  result: {
    data: { returnees: { __typename: 'ReturneeConnection', edges: [{ __typename: 'ReturneeEdge', node: person }] } },
  },
};

describe('command palette', () => {
  it('opens with Ctrl+K, finds a person typed without diacritics and opens their file', async () => {
    renderWithApp(<PaletteTrigger />, { mocks: [found], user: officer });

    fireEvent.keyDown(document.documentElement, { key: 'k', code: 'KeyK', ctrlKey: true });
    const search = await screen.findByTestId('palette-search', undefined, { timeout: 5000 });
    fireEvent.change(search, { target: { value: 'nguyen van' } });

    const hit = await screen.findByTestId('palette-person', undefined, { timeout: 3000 });
    expect(hit.textContent).toContain('Nguyễn Văn Bình');
    expect(hit.textContent).toContain('02/03/1990');
    fireEvent.click(hit);
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/returnees/r-1'));
  });

  it('jumps to a page or an action by its name', async () => {
    renderWithApp(<PaletteTrigger />, { user: officer });
    fireEvent.click(screen.getByTestId('palette-trigger'));
    const search = await screen.findByTestId('palette-search', undefined, { timeout: 5000 });
    fireEvent.change(search, { target: { value: 'viec qua han' } });
    const dialog = within(await screen.findByRole('dialog'));
    fireEvent.click(await dialog.findByText('Xem việc quá hạn'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/tasks?view=overdue'));
  });

  it('says so when nothing matches', async () => {
    renderWithApp(<PaletteTrigger />, { user: officer });
    fireEvent.click(screen.getByTestId('palette-trigger'));
    const search = await screen.findByTestId('palette-search', undefined, { timeout: 5000 });
    fireEvent.change(search, { target: { value: 'qqqq' } });
    expect(await screen.findByText('Không tìm thấy kết quả phù hợp')).toBeTruthy();
  });
});
