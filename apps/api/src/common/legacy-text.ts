import iconv from 'iconv-lite';

/*
 * Text files from old ward computers: before Unicode, Vietnamese was typed either in the Windows
 * code page 1258 (base letters followed by combining tone marks) or in the TCVN3 (ABC) fonts,
 * whose bytes are the national standard TCVN 5712:1993. Neither says which it is, so both readings
 * are made and the one that looks like Vietnamese wins.
 */

/** The bytes as UTF-8 when they are valid UTF-8 (a byte-order mark dropped), else the likelier legacy reading. */
export function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(content);
  } catch {
    const windows = new TextDecoder('windows-1258').decode(content).normalize('NFC');
    const tcvn = iconv.decode(content, 'tcvn').normalize('NFC');
    // On a tie the code page wins: it is what Windows saved "CSV" files in.
    return oddities(tcvn) < oddities(windows) ? tcvn : windows;
  }
}

/** Letters of Vietnamese, lower case, with and without tone marks (NFC). */
const VIETNAMESE_LETTERS = new Set(
  [...'aăâeêioôơuưy']
    .flatMap((vowel) => [...'\u0300\u0301\u0303\u0309\u0323', ''].map((tone) => (vowel + tone).normalize('NFC')))
    .concat([...'bcdđghklmnpqrstvx']),
);
const TONED = /[\u0300\u0301\u0303\u0309\u0323]/;

/**
 * How unlike Vietnamese a reading is: characters that no Vietnamese text or ordinary punctuation
 * has (a wrong reading of TCVN3 gives "¸", "µ", "×"…), words with two tone marks (a wrong reading of
 * the code page's combining marks gives those), and capitals after small letters inside a word.
 */
export function oddities(text: string): number {
  let count = 0;
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) {
    if (!word) continue;
    let toned = 0;
    let lowerSeen = false;
    for (const char of word) {
      const lower = char.toLowerCase();
      if (!VIETNAMESE_LETTERS.has(lower) && !/[a-z]/.test(lower)) count++;
      if (TONED.test(lower.normalize('NFD'))) toned++;
      if (char !== lower && lowerSeen) count++;
      if (char === lower) lowerSeen = true;
    }
    if (toned > 1) count++;
  }
  for (const char of text) if (/[^\p{L}\p{M}\p{N}\s.,;:'"()/\-–_&%#@!?*+=<>[\]{}|\\$€₫°]/u.test(char)) count++;
  return count;
}
