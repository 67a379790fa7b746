import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';

/*
 * Secrets the server must read back to use them (webhook signing secrets, the Zalo ZNS access token,
 * the SMS gateway's key), so they cannot be hashed like passwords or service keys. With
 * DEPLOYMENT_KEY_SECRET set (the passphrase the deployment's signing key is already kept under)
 * they are stored encrypted, AES-256-GCM under a key derived from it; without it they are stored
 * as they are, like that key (docs/security.md), and anyone who can read the table can use them.
 * A value stored before the passphrase was set is still read as it is, until a new one is saved.
 */

/** The key derivation's salt: changing it would make every stored secret unreadable. */
const SALT = 'hoanhap webhook secrets';
const ENCRYPTED = 'enc1:';

/**
 * Whatever carries the deployment's settings: a request's or a job's context. Structural, so that
 * the notification channels (which config.ts names) need not import the context.
 */
export interface SecretKeeper {
  deployment?: { keySecret?: string };
}
const keys = new Map<string, Buffer>();

function keyFor(passphrase: string): Buffer {
  let key = keys.get(passphrase);
  if (!key) {
    key = scryptSync(passphrase, SALT, 32);
    keys.set(passphrase, key);
  }
  return key;
}

/** The secret as stored: encrypted when the deployment has a key secret. */
export function sealSecret(ctx: SecretKeeper, secret: string): string {
  const passphrase = ctx.deployment?.keySecret;
  if (!passphrase) return secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(passphrase), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${ENCRYPTED}${[iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join(':')}`;
}

/** The secret a stored value holds. */
export function openSecret(ctx: SecretKeeper, stored: string): string {
  if (!stored.startsWith(ENCRYPTED)) return stored;
  const passphrase = ctx.deployment?.keySecret;
  if (!passphrase) throw new Error('DEPLOYMENT_KEY_SECRET is needed to read a stored secret: it is encrypted');
  const [iv, tag, body] = stored
    .slice(ENCRYPTED.length)
    .split(':')
    .map((part) => Buffer.from(part, 'base64'));
  if (!iv || !tag || !body) throw new Error('a stored secret is damaged');
  const decipher = createDecipheriv('aes-256-gcm', keyFor(passphrase), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}
