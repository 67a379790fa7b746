import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, oddities } from './legacy-text.js';

const SAMPLES = [
  'Họ và tên,Ngày sinh,Nơi thường trú,Ngày ra trại',
  'Nguyễn Văn Được,05/03/1990,"Tổ 3, phường Lê Chân, Hải Phòng",12/01/2025',
  'Trần Thị Ánh Tuyết,01/01/1985,Số 12 ngõ 45 đường Trần Nguyên Hãn,',
  'Phạm Quốc Hưng,,Khu dân cư số 4,',
];
const text = `${SAMPLES.join('\r\n')}\r\n`;

/**
 * Code page 1258 has the letters ă â ê ô ơ ư đ but not their tones: a tone is a combining mark
 * after the letter, as Windows saved it.
 */
function windows1258(value: string): Buffer {
  const letters = value.normalize('NFD').replace(/([a-zA-Z])([\u0302\u0306\u031b])/g, (pair) => pair.normalize('NFC'));
  return iconv.encode(letters, 'windows1258');
}

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))).toBe(text);
  });

  it('reads a file saved in the Windows code page 1258', () => {
    expect(decodeText(windows1258(text))).toBe(text);
  });

  it('reads a file typed in the TCVN3 (ABC) fonts', () => {
    expect(decodeText(iconv.encode(text, 'tcvn'))).toBe(text);
  });

  it('reads short TCVN3 names too', () => {
    for (const name of ['Nguyễn Văn An', 'Lê Thị Hồng', 'Đỗ Đức Mạnh']) {
      expect(decodeText(iconv.encode(name, 'tcvn'))).toBe(name);
      expect(decodeText(windows1258(name))).toBe(name);
    }
  });

  it('finds Vietnamese text ordinary and mis-read text odd', () => {
    expect(oddities(text)).toBe(0);
    expect(oddities(new TextDecoder('windows-1258').decode(iconv.encode(text, 'tcvn')))).toBeGreaterThan(5);
    expect(oddities(iconv.decode(windows1258(text), 'tcvn'))).toBeGreaterThan(5);
  });
});
