import { type Document, Packer } from 'docx';
import JSZip from 'jszip';

/** What a test reads back from a Word file: its body XML, the paragraphs' texts and the tables' cells. */
export interface ReadDocx {
  xml: string;
  paragraphs: string[];
  /** Each table's rows, each row's cells' texts. */
  tables: string[][][];
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const textOf = (el: Element) =>
  [...el.getElementsByTagNameNS(W, 'p')]
    .map((p) => [...p.getElementsByTagNameNS(W, 't')].map((t) => t.textContent).join(''))
    .join('\n');

/** Packs the document as the download does, unzips it and reads `word/document.xml`. */
export async function readDocx(document: Document): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(document));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const dom = new DOMParser().parseFromString(xml, 'application/xml');
  const paragraphs = [...dom.getElementsByTagNameNS(W, 'p')].map((p) =>
    [...p.getElementsByTagNameNS(W, 't')].map((t) => t.textContent).join(''),
  );
  const tables = [...dom.getElementsByTagNameNS(W, 'tbl')].map((tbl) =>
    [...tbl.getElementsByTagNameNS(W, 'tr')].map((tr) => [...tr.getElementsByTagNameNS(W, 'tc')].map(textOf)),
  );
  return { xml, paragraphs, tables };
}

/** The styles part, where the default font and size live. */
export async function readDocxStyles(document: Document): Promise<string> {
  const zip = await JSZip.loadAsync(await Packer.toArrayBuffer(document));
  return (await zip.file('word/styles.xml')?.async('string')) ?? '';
}
