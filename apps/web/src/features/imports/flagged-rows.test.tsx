import { ImportFlagDecision } from '@hoanhap/shared';
import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DecideImportFlagDocument, ImportFlagsDocument } from '../../gql/graphql';
import { officer } from '../../test/fixtures';
import { renderWithApp } from '../../test/render';
import { FLAGS_SHOWN, FlaggedRowsButton } from './flagged-rows';

const flag = {
  __typename: 'ImportFlag' as const,
  id: 'flag-1',
  rowNumber: 4,
  fullName: 'NGUYỄN VĂN TRÙNG',
  dateOfBirth: '1985-02-03',
  currentAddress: 'Số 8 ngõ Mới',
  decision: null as ImportFlagDecision | null,
  resultId: null as string | null,
  decidedAt: null as string | null,
  candidate: {
    __typename: 'Returnee' as const,
    id: 'person-1',
    fullName: 'Nguyễn Văn Trùng',
    dateOfBirth: '1985-02-03',
    currentAddress: 'Số 2 ngõ Cũ',
  },
};

const mocks: MockLink.MockedResponse[] = [
  {
    request: { query: ImportFlagsDocument, variables: { id: 'job-1', first: FLAGS_SHOWN } },
    result: { data: { importJob: { __typename: 'ImportJob', id: 'job-1', flags: [flag] } } },
  },
  {
    request: {
      query: DecideImportFlagDocument,
      variables: { input: { id: 'flag-1', decision: ImportFlagDecision.SAME_PERSON } },
    },
    result: {
      data: {
        decideImportFlag: {
          ...flag,
          decision: ImportFlagDecision.SAME_PERSON,
          resultId: 'person-1',
          decidedAt: '2026-05-04T03:00:00.000Z',
        },
      },
    },
  },
];

describe('the rows left for a decision', () => {
  it('shows each beside the person on record and records the officer’s decision', async () => {
    renderWithApp(<FlaggedRowsButton jobId="job-1" count={1} />, { mocks, user: officer });
    fireEvent.click(screen.getByRole('button', { name: 'Quyết định 1 dòng có thể trùng' }));
    const row = await screen.findByTestId('import-flag');
    expect(row.textContent).toContain('NGUYỄN VĂN TRÙNG');
    expect(row.textContent).toContain('03/02/1985 · Số 8 ngõ Mới');
    expect(
      within(row)
        .getByRole('link', { name: /Nguyễn Văn Trùng/ })
        .getAttribute('href'),
    ).toBe('/returnees/person-1');
    fireEvent.click(within(row).getByRole('button', { name: 'Cùng một người' }));
    expect(await within(row).findByText('Cùng một người: cập nhật hồ sơ đã có')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: 'Người khác' })).toBeNull();
  });
});
