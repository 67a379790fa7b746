import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/*
 * Signing secrets (Standard Webhooks: `whsec_` and base64 of 32 random bytes), stored sealed
 * (common/stored-secret.ts): the server reads them back to sign.
 */

const PREFIX = 'whsec_';

/** A new signing secret. */
export function newWebhookSecret(): string {
  return `${PREFIX}${randomBytes(32).toString('base64')}`;
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
