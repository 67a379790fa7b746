import { inflateSync } from 'node:zlib';

/*
 * The text of a PDF Chromium printed, well enough to check what is on the paper: it inflates the
 * streams, reads each font's ToUnicode map and decodes the strings the pages show. Not a general
 * PDF reader (no encryption, object streams or simple-font encodings, which Chromium does not use).
 */

interface CMap {
  bytes: number;
  map: Map<number, string>;
}

const utf16 = (hex: string) => {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return out;
};

function parseCMap(text: string): CMap {
  const map = new Map<number, string>();
  const space = text.match(/begincodespacerange\s*<([0-9A-Fa-f]+)>/);
  const bytes = space?.[1] ? space[1].length / 2 : 2;
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g))
      map.set(Number.parseInt(m[1] ?? '0', 16), utf16(m[2] ?? ''));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])/g)) {
      const lo = Number.parseInt(m[1] ?? '0', 16);
      const hi = Number.parseInt(m[2] ?? '0', 16);
      const dst = m[3] ?? '';
      if (dst.startsWith('[')) {
        const items = [...dst.matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => utf16(x[1] ?? ''));
        for (const [k, s] of items.entries()) map.set(lo + k, s);
      } else {
        const first = dst.slice(1, -1);
        const head = first.slice(0, -4);
        const last = Number.parseInt(first.slice(-4), 16);
        for (let code = lo; code <= hi; code++) map.set(code, utf16(head) + String.fromCharCode(last + (code - lo)));
      }
    }
  }
  return { bytes, map };
}

/** Every object's dictionary and (inflated) stream, by object number. */
function readObjects(pdf: Buffer): Map<number, { dict: string; stream?: string }> {
  const raw = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream?: string }>();
  for (const m of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2] ?? '';
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, at);
    let start = at + 'stream'.length;
    if (body[start] === '\r') start++;
    if (body[start] === '\n') start++;
    const end = body.lastIndexOf('endstream');
    let data = Buffer.from(body.slice(start, end), 'latin1');
    if (/\/FlateDecode/.test(dict)) {
      try {
        data = inflateSync(data);
      } catch {
        // A stream with trailing bytes past the compressed data: keep what we can.
        continue;
      }
    }
    objects.set(Number(m[1]), { dict, stream: data.toString('latin1') });
  }
  return objects;
}

function decodeString(token: string, cmap: CMap | undefined): string {
  let bytes: number[];
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    bytes = [];
    for (let i = 0; i < hex.length; i += 2) bytes.push(Number.parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
  } else {
    const inner = token
      .slice(1, -1)
      .replace(/\\([0-7]{1,3}|.)/g, (_, c: string) =>
        /^[0-7]+$/.test(c) ? String.fromCharCode(Number.parseInt(c, 8)) : c,
      );
    bytes = [...inner].map((ch) => ch.charCodeAt(0));
  }
  if (!cmap) return String.fromCharCode(...bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += cmap.bytes) {
    let code = 0;
    for (let k = 0; k < cmap.bytes; k++) code = code * 256 + (bytes[i + k] ?? 0);
    out += cmap.map.get(code) ?? '';
  }
  return out;
}

/** The text shown on the PDF's pages, NFC-normalised, text objects separated by spaces. */
export function pdfText(pdf: Buffer): string {
  const objects = readObjects(pdf);
  const cmapOfFont = new Map<number, CMap>();
  for (const [num, obj] of objects) {
    const ref = obj.dict.match(/\/ToUnicode\s+(\d+)\s+0\s+R/);
    const cmap = ref ? objects.get(Number(ref[1]))?.stream : undefined;
    if (cmap) cmapOfFont.set(num, parseCMap(cmap));
  }
  const fontByName = new Map<string, CMap>();
  for (const obj of objects.values()) {
    for (const block of obj.dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const m of (block[1] ?? '').matchAll(/\/([^\s/<>[\]]+)\s+(\d+)\s+0\s+R/g)) {
        const cmap = cmapOfFont.get(Number(m[2]));
        if (cmap && m[1]) fontByName.set(m[1], cmap);
      }
    }
  }
  const parts: string[] = [];
  const token = /\/([^\s/<>[\]()]+)\s+[-\d.]+\s+Tf|(<[0-9A-Fa-f\s]*>)|(\((?:\\.|[^\\)])*\))|\b(ET)\b/g;
  for (const obj of objects.values()) {
    if (!obj.stream || !/\bT[jJ]\b/.test(obj.stream)) continue;
    let font: CMap | undefined;
    for (const m of obj.stream.matchAll(token)) {
      if (m[1]) font = fontByName.get(m[1]);
      else if (m[2] || m[3]) parts.push(decodeString(m[2] ?? m[3] ?? '', font));
      else if (m[4]) parts.push(' ');
    }
  }
  return parts.join('').normalize('NFC');
}

/** Text compared without regard to spacing and line breaks, which PDF layout does not keep. */
export const squeeze = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
