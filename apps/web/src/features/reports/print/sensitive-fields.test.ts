import { describe, expect, it } from 'vitest';
import { sensitiveShown } from './sensitive-fields';

const nothing = { citizenId: null, convictions: [], expungementForecast: null };

describe('sensitive fields on the information sheet', () => {
  it('are shown to an officer even when the person has none recorded', () => {
    expect(sensitiveShown('OFFICER', nothing)).toBe(true);
  });

  it('are hidden from other roles when the API sent none', () => {
    expect(sensitiveShown('COMMITTEE', nothing)).toBe(false);
    expect(sensitiveShown('HELPER', nothing)).toBe(false);
  });

  it('are shown to others when the API sent them within a reveal', () => {
    expect(sensitiveShown('COMMITTEE', { ...nothing, citizenId: '031090001234' })).toBe(true);
    expect(sensitiveShown('VIEWER', { ...nothing, convictions: [{}] })).toBe(true);
  });
});
