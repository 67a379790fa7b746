import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { RequestContext } from '../../context.js';

/*
 * Signing secrets (Standard Webhooks: `whsec_` and base64 of 32 random bytes). The server must read
 * them back to sign, so they cannot be hashed like keys. With DEPLOYMENT_KEY_SECRET set (the
 * passphrase the deployment's signing key is already kept under) they are stored encrypted,
 * AES-256-GCM under a key derived from it; without it they are stored as they are, like that key
 * (docs/security.md), and anyone who can read the table could sign as the deployment.
 */

const PREFIX = 'whsec_';
const ENCRYPTED = 'enc1:';
const keys = new Map<string, Buffer>();

export function newWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
}

function keyFor(passphrase: string): Buffer {
  let key = keys.get(passphrase);
  if (!key) {
    key = scryptSync(passphrase, 'hoanhap webhook secrets', 32);
    keys.set(passphrase, key);
  }
  return key;
}

/** The secret as stored: encrypted when the deployment has a key secret. */
export function sealSecret(ctx: RequestContext, secret: string): string {
  const passphrase = ctx.deployment?.keySecret;
  if (!passphrase) return secret;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(passphrase), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return `${ENCRYPTED}${[iv, cipher.getAuthTag(), body].map((b) => b.toString('base64')).join(':')}`;
}

/** The secret a stored value holds. */
export function openSecret(ctx: RequestContext, stored: string): string {
  if (!stored.startsWith(ENCRYPTED)) return stored;
  const passphrase = ctx.deployment?.keySecret;
  if (!passphrase) throw new Error('DEPLOYMENT_KEY_SECRET is needed to sign webhooks: their secrets are encrypted');
  const [iv, tag, body] = stored
    .slice(ENCRYPTED.length)
    .split(':')
    .map((part) => Buffer.from(part, 'base64'));
  if (!iv || !tag || !body) throw new Error('a stored webhook secret is damaged');
  const decipher = createDecipheriv('aes-256-gcm', keyFor(passphrase), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
}

/**
 * The three Standard Webhooks headers for one attempt. During a rotation's overlap the payload is
 * signed with both secrets, space-separated, so a receiver holding either verifies it.
 */
export function signedHeaders(
  messageId: string,
  payload: string,
  secrets: readonly string[],
  at: Date = new Date(),
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(messageId, at, payload)).join(' '),
  };
}
