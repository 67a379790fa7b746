import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

/** Every lazily loaded namespace (`locales/<ns>/{vi,en}.json`), found by the files themselves. */
const namespaces = Object.entries(
  import.meta.glob<Record<string, unknown>>('./*/*.json', { eager: true, import: 'default' }),
).reduce<Record<string, Record<string, unknown>>>((all, [file, texts]) => {
  const [, ns, lang] = /^\.\/([^/]+)\/([a-z]+)\.json$/.exec(file) ?? [];
  if (ns && lang) all[ns] = { ...all[ns], [lang]: texts };
  return all;
}, {});

describe('locales', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('finds the lazily loaded namespaces', () => {
    expect(Object.keys(namespaces)).toEqual(expect.arrayContaining(['admin', 'ops', 'export', 'lists']));
  });

  for (const [ns, texts] of Object.entries(namespaces)) {
    it(`English has exactly the Vietnamese keys in the lazily loaded \`${ns}\` namespace`, () => {
      expect(keys(texts.en).sort()).toEqual(keys(texts.vi).sort());
    });
  }

  it('never calls a returnee "đối tượng"', () => {
    for (const texts of [vi, ...Object.values(namespaces).map((n) => n.vi)]) {
      expect(JSON.stringify(texts).toLowerCase()).not.toContain('đối tượng');
    }
  });

  it('has a Vietnamese message for every API error code', () => {
    for (const code of [
      'UNAUTHENTICATED',
      'INVALID_CREDENTIALS',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'INTERNAL_SERVER_ERROR',
    ]) {
      expect(vi.errors).toHaveProperty(code);
    }
  });
});
