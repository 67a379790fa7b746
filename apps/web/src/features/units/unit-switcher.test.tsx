import { Role, UnitLevel } from '@hoanhap/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UnitsDocument } from '../../gql/graphql';
import { officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { ActiveUnitProvider, useActiveUnit } from './active-unit';
import { UnitSwitcher } from './unit-switcher';

const city = {
  ...officer,
  id: 'user-city',
  role: Role.VIEWER,
  unit: {
    __typename: 'AdministrativeUnit' as const,
    id: 'u-hp',
    code: 'hai-phong',
    name: 'Thành phố Hải Phòng',
    level: UnitLevel.PROVINCE,
  },
};
const unit = (id: string, code: string, name: string, level: string, validTo: string | null = null) => ({
  __typename: 'AdministrativeUnit',
  id,
  code,
  name,
  level,
  validFrom: null,
  validTo,
  parent: null,
  successor: null,
});
const units = {
  request: { query: UnitsDocument },
  result: {
    data: {
      units: [
        unit('u-hp', 'hai-phong', 'Thành phố Hải Phòng', 'PROVINCE'),
        unit('u-pl', 'phu-lien', 'Phường Phù Liễn', 'WARD'),
        unit('u-lh', 'lam-ha', 'Phường Lãm Hà', 'WARD', '2024-12-31'),
      ],
    },
  },
};

function Shown() {
  const { unitCode } = useActiveUnit();
  return <output data-testid="active-unit">{unitCode ?? 'own'}</output>;
}

describe('unit switcher', () => {
  it('lets a city user look at one ward, former wards marked with their end date, and remembers it', async () => {
    localStorage.clear();
    const ui = (
      <ActiveUnitProvider>
        <UnitSwitcher />
        <Shown />
      </ActiveUnitProvider>
    );
    const { unmount } = renderWithApp(ui, { mocks: [units], user: city });
    const select = (await screen.findAllByLabelText('Đơn vị đang xem')).find((el) => el.tagName === 'INPUT');
    if (!select) throw new Error('no switcher input');
    await waitFor(() => expect((select as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(select);
    expect(await screen.findByText('Phường Lãm Hà (đến 31/12/2024)')).toBeTruthy();
    fireEvent.click(screen.getByText('Phường Phù Liễn'));
    await waitFor(() => expect(screen.getByTestId('active-unit').textContent).toBe('phu-lien'));
    unmount();

    renderWithApp(ui, { mocks: [units], user: city });
    expect(screen.getByTestId('active-unit').textContent).toBe('phu-lien');
  });

  it('is not there for a ward officer, who always sees their own ward', () => {
    localStorage.setItem(`hoanhap.activeUnit.${officer.id}`, 'van-dau');
    renderWithApp(
      <ActiveUnitProvider>
        <UnitSwitcher />
        <Shown />
      </ActiveUnitProvider>,
      { user: officer },
    );
    expect(screen.queryAllByLabelText('Đơn vị đang xem')).toHaveLength(0);
    expect(screen.getByTestId('active-unit').textContent).toBe('own');
  });
});
