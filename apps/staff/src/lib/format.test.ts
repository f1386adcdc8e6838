import { describe, expect, it } from 'vitest';
import { groupCode, statusLabel, waitingFor } from './format';

describe('display helpers', () => {
  it('groups a visit code in two threes, upper case, whatever was typed', () => {
    expect(groupCode('h7km3q')).toBe('H7K M3Q');
    expect(groupCode('H7K M3Q')).toBe('H7K M3Q');
  });

  it('says how long a patient has waited in minutes, then hours', () => {
    const submitted = '2026-01-01T10:00:00Z';
    expect(waitingFor(submitted, Date.parse('2026-01-01T10:25:30Z'))).toBe('25 min');
    expect(waitingFor(submitted, Date.parse('2026-01-01T11:05:00Z'))).toBe('1 h 5 min');
    expect(waitingFor(submitted, Date.parse('2026-01-01T09:59:00Z'))).toBe('0 min');
  });

  it('names states in the clinic’s words, and never shows a raw unknown code', () => {
    expect(statusLabel('ready_for_signoff')).toBe('Ready for clinician');
    expect(statusLabel('some_new_state')).toBe('some new state');
  });
});
