import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { ReturneeDetailDocument } from '../../../gql/graphql';
import type { detail } from '../test-fixtures';

/** The case file as the API answers it, once per load (a second one for the reload after saving). */
export const detailMock = (returnee: ReturnType<typeof detail> | null, id = 'r-duc') => ({
  request: { query: ReturneeDetailDocument, variables: { id } },
  result: { data: { returnee } },
});

/** The input a label names (a select's list is labelled by it too). */
export function inputFor(container: HTMLElement, label: RegExp): HTMLInputElement {
  const input = within(container)
    .getAllByLabelText(label)
    .find((el): el is HTMLInputElement => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement);
  if (!input) throw new Error(`no input labelled ${label}`);
  return input;
}

/** Opens a select by its label and picks an option by its visible name. */
export async function pick(container: HTMLElement, label: RegExp, option: string | RegExp) {
  fireEvent.click(inputFor(container, label));
  fireEvent.click(await within(container).findByRole('option', { name: option, hidden: true }));
}

/** The message a field is described by (Mantine links the error with aria-describedby). */
export async function expectFieldError(container: HTMLElement, label: RegExp, message: string) {
  const input = inputFor(container, label);
  await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
  const described = (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
  expect(described).toContain(message);
}

/** The open dialog's form, found by its test id. */
export const dialogForm = (testId: string) => screen.findByTestId(testId);
