import { createHash, randomBytes } from 'node:crypto';

const KEY = /^hn_[A-Za-z0-9_-]{43}$/;

/** A new key: `hn_` + 256 random bits in base64url. */
export function newServiceKey(): string {
  return `hn_${randomBytes(32).toString('base64url')}`;
}

/** What the database keeps instead of the key. Keys are random, so a plain SHA-256 is enough. */
export function serviceKeyHash(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * The key of an `Authorization: Bearer …` header: undefined without a Bearer header (another
 * scheme, e.g. Basic from a proxy in front, is left alone), '' when the Bearer value is malformed
 * (still a Bearer attempt: it must not fall back to the cookie).
 */
export function readBearer(header: string | undefined): string | undefined {
  if (header === undefined || !/^\s*Bearer(\s|$)/i.test(header)) return undefined;
  const key = /^\s*Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '';
  return KEY.test(key) ? key : '';
}
