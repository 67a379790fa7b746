import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import vi_ from '../locales/phone/vi.json';
import { OfficerSearch } from './officer-search';

// The phone's own texts, apart from the desktop's that the test set-up loads.
const texts = i18next.createInstance();
beforeAll(async () => {
  await texts.init({ resources: { vi: { translation: vi_ } }, lng: 'vi', interpolation: { escapeValue: false } });
});

/** A fake /graphql answering `returnees(filter: { search })`; records the searches. */
function api(people: Array<{ id: string; fullName: string }>) {
  const searches: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: { body: string }) => {
      const { variables } = JSON.parse(init.body);
      searches.push(variables.search);
      const edges = people.map((p) => ({
        node: { ...p, dateOfBirth: '1990-02-03', residentialGroup: 'Tổ dân phố 3' },
      }));
      return new Response(JSON.stringify({ data: { returnees: { edges } } }), {
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return searches;
}

const renderSearch = (online = true) =>
  render(
    <I18nextProvider i18n={texts}>
      <MemoryRouter>
        <OfficerSearch online={online} />
      </MemoryRouter>
    </I18nextProvider>,
  );
const type = (text: string) => fireEvent.change(screen.getByRole('searchbox'), { target: { value: text } });

afterEach(() => vi.unstubAllGlobals());

describe('the officer’s search on the phone home', () => {
  it('asks the API once typing pauses and links each person to their card', async () => {
    const searches = api([{ id: 'p1', fullName: 'Nguyễn Văn An' }]);
    renderSearch();
    type('nguyen');
    const link = await screen.findByRole('link', { name: /Nguyễn Văn An/ });
    expect(link.getAttribute('href')).toBe('/people/p1');
    expect(link.textContent).toContain('03/02/1990');
    expect(searches).toEqual(['nguyen']);
  });

  it('says so when nobody matches', async () => {
    api([]);
    renderSearch();
    type('zzz');
    await waitFor(() =>
      expect(screen.getByTestId('search-status').textContent).toBe('Không tìm thấy ai có tên khớp với “zzz”.'),
    );
    expect(screen.queryAllByRole('link')).toHaveLength(0);
  });

  it('does not search offline, and says the search needs the network', async () => {
    const searches = api([{ id: 'p1', fullName: 'Nguyễn Văn An' }]);
    renderSearch(false);
    type('nguyen');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(searches).toEqual([]);
    expect(screen.getByTestId('search-status').textContent).toMatch(/^Cần kết nối mạng để tìm kiếm/);
  });

  it('says the search did not go through when the API refuses it, rather than that nobody matches', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({ errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
            {
              headers: { 'content-type': 'application/json' },
            },
          ),
      ),
    );
    renderSearch();
    type('nguyen');
    await waitFor(() => expect(screen.getByTestId('search-status').textContent).toMatch(/^Chưa tìm được/));
  });
});
