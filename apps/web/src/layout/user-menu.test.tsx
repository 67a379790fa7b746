import { Role } from '@hoanhap/shared';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { officer } from '../test/fixtures';
import { renderWithApp } from '../test/render';
import { UserMenu } from './user-menu';

async function openMenu(user = officer) {
  renderWithApp(<UserMenu user={user} />);
  fireEvent.click(screen.getByTestId('user-menu'));
  return screen.findByRole('menuitem', { name: 'Đổi mật khẩu' });
}

describe('the user menu', () => {
  it('leads to the exported files for a role that may export', async () => {
    await openMenu();
    expect(screen.getByRole('menuitem', { name: 'Tệp đã xuất' }).getAttribute('href')).toBe('/exports');
  });

  it('has no exported files for a helper, who exports nothing', async () => {
    await openMenu({ ...officer, role: Role.HELPER });
    expect(screen.queryByRole('menuitem', { name: 'Tệp đã xuất' })).toBeNull();
  });
});
