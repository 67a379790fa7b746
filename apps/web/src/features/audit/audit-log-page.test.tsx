import { Role } from '@hoanhap/shared';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditLogDocument, type AuditLogQueryVariables } from '../../gql/graphql';
import { loadAuditTexts } from '../../i18n/audit';
import { apiError, officer } from '../../test/fixtures';
import { LocationProbe, type RenderOptions, renderWithApp } from '../../test/render';
import AuditLogPage from './audit-log-page';

const auditor = { ...officer, id: 'user-auditor', role: Role.AUDITOR, displayName: 'Kiểm tra viên' };
const OFFICER_ID = '0b6c1d7e-5f1a-4b8e-9c3d-2a1f0e9d8c7b';
const PERSON = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

const row = (id: string, action: string, occurredAt: string) => ({
  __typename: 'AuditEvent',
  id,
  occurredAt,
  action,
  actorRole: Role.OFFICER,
  objectType: 'Contact',
  objectId: 'c0ffee00-0000-4000-8000-000000000001',
  returneeId: PERSON,
  fields: ['contactedOn', 'channel', 'notes'],
  actor: { __typename: 'User', id: OFFICER_ID, displayName: 'Nguyễn Văn An' },
});

const page = (edges: ReturnType<typeof row>[], endCursor: string | null, hasNextPage: boolean) => ({
  data: {
    auditLog: {
      __typename: 'AuditEventConnection',
      edges: edges.map((node) => ({ __typename: 'AuditEventEdge', cursor: `c-${node.id}`, node })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor },
    },
  },
});

beforeAll(() => loadAuditTexts('vi'));

function renderAt(url: string, mocks: RenderOptions['mocks']) {
  return renderWithApp(
    <>
      <AuditLogPage />
      <LocationProbe />
    </>,
    { user: auditor, url, path: '/audit', mocks },
  );
}

describe('the audit log viewer', () => {
  it('sends the URL’s filters as query variables, pages with the cursor, and narrows to an actor from a row', async () => {
    const sent: AuditLogQueryVariables[] = [];
    const expecting = (result: ReturnType<typeof page>) => ({
      request: {
        query: AuditLogDocument,
        variables: (variables: AuditLogQueryVariables) => {
          sent.push(variables);
          return true;
        },
      },
      result,
    });
    renderAt('/audit?from=2026-11-01&to=2026-11-29&action=recordContact', [
      expecting(page([row('12', 'recordContact', '2026-11-28T02:05:00.000Z')], 'c-12', true)),
      expecting(page([row('11', 'recordContact', '2026-11-27T16:30:00.000Z')], 'c-11', false)),
      expecting(page([row('12', 'recordContact', '2026-11-28T02:05:00.000Z')], 'c-12', false)),
    ]);

    const first = await screen.findByTestId('audit-row');
    expect(sent[0]).toEqual({ filter: { from: '2026-11-01', to: '2026-11-29', action: 'recordContact' }, first: 50 });
    // Việt Nam time, dd/MM/yyyy HH:mm; the action in words with its raw name; field names only.
    expect(first.textContent).toContain('28/11/2026 09:05');
    expect(first.textContent).toContain('Ghi nhận gặp gỡ');
    expect(first.textContent).toContain('contactedOn');
    expect(first.textContent).toContain('Cán bộ công an');

    fireEvent.click(screen.getByRole('button', { name: 'Tải thêm' }));
    await waitFor(() => expect(screen.getAllByTestId('audit-row')).toHaveLength(2));
    expect(sent[1]).toMatchObject({ after: 'c-12', filter: { action: 'recordContact' } });
    // 16:30 UTC is already the next day in Việt Nam.
    expect(screen.getAllByTestId('audit-row')[1]?.textContent).toContain('27/11/2026 23:30');

    fireEvent.click(screen.getAllByRole('button', { name: 'Nguyễn Văn An' })[0] as HTMLElement);
    await waitFor(() => expect(sent).toHaveLength(3));
    expect(sent[2]?.filter).toEqual({
      from: '2026-11-01',
      to: '2026-11-29',
      action: 'recordContact',
      actorId: OFFICER_ID,
    });
    expect(screen.getByTestId('location').textContent).toContain(`actor=${OFFICER_ID}`);
    expect((await screen.findByTestId('actor-filter')).textContent).toContain('Nguyễn Văn An');
  });

  it('shows an action it has no words for under its raw name, and an empty result as such', async () => {
    renderAt('/audit', [
      {
        request: { query: AuditLogDocument, variables: { filter: null, first: 50 } },
        result: page([row('5', 'importSpreadsheet', '2026-11-28T02:05:00.000Z')], 'c-5', false),
      },
    ]);
    expect((await screen.findByTestId('audit-row')).textContent).toContain('importSpreadsheet');
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    renderAt(`/audit?returnee=${PERSON}`, [
      {
        request: { query: AuditLogDocument, variables: { filter: { returneeId: PERSON }, first: 50 } },
        result: page([], null, false),
      },
    ]);
    expect(await screen.findByTestId('audit-empty')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bỏ lọc' })).toBeTruthy();
  });

  it('shows the API’s refusal as an error with a retry', async () => {
    renderAt('/audit', [
      { request: { query: AuditLogDocument, variables: { filter: null, first: 50 } }, result: apiError('FORBIDDEN') },
    ]);
    expect((await screen.findByRole('alert')).textContent).toContain('Bạn không có quyền');
  });
});
