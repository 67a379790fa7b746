import { describe, expect, it } from 'vitest';
import { DOMAIN_EVENT_TYPES, isDomainEventType, webhookRetryDelay } from './domain-events.js';

describe('domain event types', () => {
  it('are dotted lower-case names, each once', () => {
    for (const type of DOMAIN_EVENT_TYPES) expect(type).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(new Set(DOMAIN_EVENT_TYPES).size).toBe(DOMAIN_EVENT_TYPES.length);
  });

  it('do not include the test event, which never comes from the outbox', () => {
    expect(isDomainEventType('test')).toBe(false);
    expect(isDomainEventType('case.closed')).toBe(true);
  });
});

describe('webhook retries', () => {
  it('follow the schedule after each failure and stop when it is spent', () => {
    expect(webhookRetryDelay(1)).toBe(5);
    expect(webhookRetryDelay(2)).toBe(300);
    expect(webhookRetryDelay(7)).toBe(36_000);
    expect(webhookRetryDelay(8)).toBeNull();
  });

  it('take a shorter schedule when given one', () => {
    expect(webhookRetryDelay(1, [1, 2])).toBe(1);
    expect(webhookRetryDelay(3, [1, 2])).toBeNull();
  });
});
