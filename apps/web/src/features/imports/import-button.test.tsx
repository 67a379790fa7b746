import { Role } from '@hoanhap/shared';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ImportButton } from './import-button';

describe('the people list’s import button', () => {
  it('takes officers and administrators to the import wizard', async () => {
    for (const role of [Role.OFFICER, Role.ADMIN]) {
      const { unmount } = renderWithApp(<ImportButton />, { user: { ...officer, role } });
      fireEvent.click(await screen.findByRole('link', { name: 'Nhập từ Excel' }));
      expect((await screen.findByTestId('location')).textContent).toBe('/imports');
      unmount();
    }
  });

  it('is not offered to the roles the API refuses an import', () => {
    for (const role of [Role.COMMITTEE, Role.HELPER, Role.VIEWER, Role.AUDITOR]) {
      const { container, unmount } = renderWithApp(<ImportButton />, { user: { ...officer, role } });
      expect(container.querySelector('[data-testid="open-import"]')).toBeNull();
      unmount();
    }
  });
});
