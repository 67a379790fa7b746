import { Role } from '@hoanhap/shared';
import { fireEvent, screen, within } from '@testing-library/react';
import { ReturneeDetailDocument } from '../../gql/graphql';
import { officer } from '../../test/fixtures';
import { type RenderOptions, renderWithApp } from '../../test/render';
import ReturneeDetailPage from './returnee-detail-page';
import type { detail } from './test-fixtures';

/** Test helpers of the judgment, release, hand-over and access-history forms. */

export const committeeUser = { ...officer, id: 'user-ubnd', role: Role.COMMITTEE, displayName: 'Phạm Thị Lan' };

export const conviction = {
  __typename: 'Conviction' as const,
  id: 'conv-1',
  court: 'Tòa án nhân dân quận Kiến An',
  judgmentNumber: '45/2021/HS-ST',
  judgmentDate: '2021-06-10',
  penalCodeArticle: '173',
  penalCodeChapter: 16,
  severity: 'LESS_SERIOUS' as const,
  intentional: true,
  ageAtOffence: 28,
  mainPenalty: 'FIXED_TERM_IMPRISONMENT' as const,
  prisonMonths: 30,
  mainPenaltyCompletedOn: '2024-01-20',
  supplementaryPenalties: [],
  obligations: [],
};

export const detailMock = (returnee: ReturnType<typeof detail> | null, id = 'r-duc') => ({
  request: { query: ReturneeDetailDocument, variables: { id } },
  result: { data: { returnee } },
});

export function renderFile(url: string, mocks: RenderOptions['mocks'], user = officer) {
  return renderWithApp(<ReturneeDetailPage />, { mocks, url, path: '/returnees/:id', user });
}

/** Opens a Mantine select by its label and picks the option with this name. */
export async function pick(scope: HTMLElement, label: RegExp, option: string) {
  // Waits for the field: some appear only once their choices have loaded.
  const [input] = await within(scope).findAllByLabelText(label, undefined, { timeout: 5000 });
  if (!input) throw new Error(`no input labelled ${label}`);
  fireEvent.click(input);
  fireEvent.click(await within(scope).findByRole('option', { name: option }));
}

/** The error message Mantine shows under an input (linked by aria-describedby). */
export function fieldError(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

export const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });

/** The dialog currently open, by its title. */
export const dialog = (name: string | RegExp) => screen.findByRole('dialog', { name });
