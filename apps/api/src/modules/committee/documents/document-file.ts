import { createHash } from 'node:crypto';
import { badInput } from '../../../common/errors.js';

/** Largest file accepted: 5 MB. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export const ALLOWED_TYPES = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
} as const;
export type AllowedType = keyof typeof ALLOWED_TYPES;

/** The type the first bytes show, whatever the sender declared; null for anything else. */
export function sniffType(bytes: Buffer): AllowedType | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  // DOCX is a ZIP whose entries (names stored in clear in the local headers) include word/.
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    const text = bytes.toString('latin1');
    if (text.includes('[Content_Types].xml') && text.includes('word/')) {
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    }
  }
  return null;
}

export interface FileUpload {
  name: string;
  mimeType: string;
  contentBase64: string;
}

export interface CheckedFile {
  fileName: string;
  mimeType: AllowedType;
  sizeBytes: number;
  sha256: string;
  content: Buffer;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes and checks a file sent as base64 inside a GraphQL input (small files: the GraphQL body
 * is limited to 100 kB; larger ones go through `PUT /documents/:id/file`).
 */
export function checkFile(file: FileUpload, field = 'input.file'): CheckedFile {
  const b64 = file.contentBase64.replace(/\s+/g, '');
  if (b64.length % 4 !== 0 || !BASE64.test(b64)) {
    throw badInput(`${field}.contentBase64`, 'INVALID_BASE64');
  }
  if ((b64.length / 4) * 3 > MAX_FILE_BYTES + 2) throw tooLarge(field);
  return checkFileContent(file.name, file.mimeType, Buffer.from(b64, 'base64'), field);
}

/**
 * Checks a file's bytes: not empty, at most 5 MB, one of PDF, JPEG, PNG or DOCX by its magic
 * bytes, agreeing with the declared type and the name's extension.
 */
export function checkFileContent(
  rawName: string,
  mimeType: string,
  content: Buffer,
  field = 'input.file',
): CheckedFile {
  const name = rawName.trim().replace(/[\\/\0\r\n"]/g, '_');
  if (!name) throw badInput(`${field}.name`, 'REQUIRED.fileName');
  if (content.length === 0) throw badInput(`${field}.contentBase64`, 'EMPTY');
  if (content.length > MAX_FILE_BYTES) throw tooLarge(field);
  const sniffed = sniffType(content);
  if (!sniffed) {
    throw badInput(`${field}.contentBase64`, 'UNSUPPORTED_TYPE');
  }
  if (mimeType.trim().toLowerCase() !== sniffed) {
    throw badInput(`${field}.mimeType`, 'TYPE_MISMATCH.mimeType');
  }
  const ext = name.includes('.') ? name.split('.').pop()?.toLowerCase() : undefined;
  if (!ext || !(ALLOWED_TYPES[sniffed] as readonly string[]).includes(ext)) {
    throw badInput(`${field}.name`, 'TYPE_MISMATCH.extension');
  }
  return {
    fileName: name,
    mimeType: sniffed,
    sizeBytes: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
  };
}

function tooLarge(field: string) {
  return badInput(`${field}.contentBase64`, 'TOO_LARGE');
}
