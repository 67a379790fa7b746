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
).reduce<Record<string, Record<string, Record<string, unknown>>>>((all, [file, texts]) => {
  const [, ns, lang] = /^\.\/([^/]+)\/([a-z]+)\.json$/.exec(file) ?? [];
  if (ns && lang) all[ns] = { ...all[ns], [lang]: texts };
  return all;
}, {});

describe('locales', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('finds the lazily loaded namespaces', () => {
    expect(Object.keys(namespaces)).toEqual(
      expect.arrayContaining(['admin', 'alerts', 'model', 'pledges', 'reports', 'returnees', 'tasks', 'print']),
    );
  });

  for (const [ns, texts] of Object.entries(namespaces)) {
    it(`English has exactly the Vietnamese keys in the lazily loaded \`${ns}\` namespace`, () => {
      expect(keys(texts.en).sort()).toEqual(keys(texts.vi).sort());
    });
  }

  it('keeps the official document text of the `print` namespace Vietnamese in both languages', () => {
    expect(namespaces.print?.en?.doc).toBeDefined();
    expect(namespaces.print?.en?.doc).toEqual(namespaces.print?.vi?.doc);
  });

  it('never calls a returnee "đối tượng"', () => {
    for (const texts of [vi, ...Object.values(namespaces).map((n) => n.vi)]) {
      expect(JSON.stringify(texts).toLowerCase()).not.toContain('đối tượng');
    }
  });

  it('uses the official wording in every language: no "CCCD" (Identity Law 2023), no "nghĩa vụ dân sự" (Penal Code art. 70)', () => {
    const all = [vi, en, ...Object.values(namespaces).flatMap((n) => [n.vi, n.en])].map((t) => JSON.stringify(t));
    for (const text of all) {
      expect(text).not.toMatch(/CCCD/);
      expect(text.toLowerCase()).not.toContain('nghĩa vụ dân sự');
      expect(text.toLowerCase()).not.toContain('civil obligation');
      expect(text.toLowerCase()).not.toContain('citizen id');
    }
  });

  it('titles the information sheet after form HCD-02 and names the office of the People’s Council and Committee (Decree 150/2025/NĐ-CP)', () => {
    const doc = namespaces.print?.vi?.doc as { returnee: { title: string }; decision: { article3: string } };
    expect(doc.returnee.title).toBe('PHIẾU THÔNG TIN NGƯỜI CHẤP HÀNH XONG ÁN PHẠT TÙ, NGƯỜI ĐƯỢC ĐẶC XÁ (Mẫu HCD-02)');
    expect(doc.decision.article3).toContain('Chánh Văn phòng HĐND và UBND');
    expect(doc.decision.article3).not.toContain('Văn phòng - Thống kê');
  });

  it('has a Vietnamese message for every API error code', () => {
    for (const code of [
      'UNAUTHENTICATED',
      'INVALID_CREDENTIALS',
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'SERVICE_UNAVAILABLE',
      'STATEMENT_TIMEOUT',
      'INTERNAL_SERVER_ERROR',
    ]) {
      expect(vi.errors).toHaveProperty(code);
    }
  });
});
