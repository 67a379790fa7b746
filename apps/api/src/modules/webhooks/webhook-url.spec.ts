import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import type { RequestContext } from '../../context.js';
import { openSecret, sealSecret } from '../../common/stored-secret.js';
import { newWebhookSecret, signedHeaders } from './webhook-secret.js';
import { checkWebhookUrl, isPublicAddress } from './webhook-url.js';

const reason = (url: string, allowLocal = false) => {
  try {
    checkWebhookUrl('input.url', url, allowLocal);
    return 'OK';
  } catch (error) {
    return String((error as { extensions?: { reason?: string } }).extensions?.reason);
  }
};

describe('where a webhook may go', () => {
  it('takes public https addresses', () => {
    expect(reason('https://hooks.soldtbxh.haiphong.gov.vn/hoanhap')).toBe('OK');
    expect(reason('https://203.113.130.10/hook')).toBe('OK');
  });

  it('refuses http, credentials in the URL and what is not a URL', () => {
    expect(reason('http://hooks.example.vn/x')).toBe('INVALID_URL');
    expect(reason('https://user:pass@hooks.example.vn/x')).toBe('INVALID_URL');
    expect(reason('hooks.example.vn')).toBe('INVALID_URL');
  });

  it('refuses private, loopback, link-local and local names (SSRF)', () => {
    for (const url of [
      'https://10.1.2.3/',
      'https://192.168.1.1/',
      'https://172.20.0.1/',
      'https://127.0.0.1/',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/',
      'https://[fd00::1]/',
      'https://[::ffff:10.0.0.1]/',
      'https://localhost/',
      'https://intranet/',
      'https://printer.local/',
    ]) {
      expect(reason(url), url).toBe('INVALID_URL');
    }
  });

  it('takes http://localhost only when the deployment allows it', () => {
    expect(reason('http://127.0.0.1:8080/hook', true)).toBe('OK');
    expect(reason('http://localhost:8080/hook', true)).toBe('OK');
    expect(reason('http://127.0.0.1:8080/hook', false)).toBe('INVALID_URL');
    expect(reason('http://10.0.0.1/hook', true)).toBe('INVALID_URL');
  });

  it('judges addresses as the connection would see them', () => {
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('2001:4860:4860::8888')).toBe(true);
    expect(isPublicAddress('100.64.0.1')).toBe(false);
    expect(isPublicAddress('::ffff:127.0.0.1')).toBe(false);
    expect(isPublicAddress('not an address')).toBe(false);
  });
});

describe('signing secrets', () => {
  const withKey = { deployment: { keySecret: 'k'.repeat(40) } } as RequestContext;
  const without = {} as RequestContext;

  it('are stored encrypted when the deployment has a key secret, and read back', () => {
    const secret = newWebhookSecret();
    const stored = sealSecret(withKey, secret);
    expect(stored).not.toContain(secret.slice(6));
    expect(openSecret(withKey, stored)).toBe(secret);
    expect(() => openSecret(without, stored)).toThrow(/DEPLOYMENT_KEY_SECRET/);
  });

  it('are stored as they are without one', () => {
    const secret = newWebhookSecret();
    expect(sealSecret(without, secret)).toBe(secret);
    expect(openSecret(without, secret)).toBe(secret);
  });

  it('sign with every secret given, each verifying on its own', () => {
    const [a, b] = [newWebhookSecret(), newWebhookSecret()];
    const body = '{"type":"test"}';
    const headers = signedHeaders('msg_1', body, [a, b]);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(a).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(b).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });
});
