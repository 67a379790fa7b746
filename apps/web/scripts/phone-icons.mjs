// Writes the phone app's PNG icons (public-phone/icon-192.png, icon-512.png): the favicon's "H" on
// its blue, full bleed so Android's mask can crop it. Plain PNG encoding, so no image library is
// needed for two squares and three bars; run it again only if the logo changes.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../public-phone');
const BLUE = [0x1c, 0x7e, 0xd6];
const WHITE = [0xff, 0xff, 0xff];
/** The favicon's "H" on its 32-unit grid, as [x0, y0, x1, y1], shrunk to the maskable safe zone. */
const BARS = [
  [9, 9, 12, 23],
  [20, 9, 23, 23],
  [12, 14.5, 20, 17.5],
];

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function icon(size) {
  // The safe zone of a maskable icon is the centre 80%: scale the 32-grid into it.
  const scale = (size * 0.8) / 32;
  const offset = size * 0.1;
  const inBar = (x, y) =>
    BARS.some(
      ([x0, y0, x1, y1]) =>
        x >= offset + x0 * scale && x < offset + x1 * scale && y >= offset + y0 * scale && y < offset + y1 * scale,
    );
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b] = inBar(x + 0.5, y + 0.5) ? WHITE : BLUE;
      const at = y * (size * 3 + 1) + 1 + x * 3;
      raw[at] = r;
      raw[at + 1] = g;
      raw[at + 2] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) await writeFile(path.join(out, `icon-${size}.png`), icon(size));
console.log('public-phone/icon-192.png and icon-512.png written');
