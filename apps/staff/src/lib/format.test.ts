import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatMoment,
  groupCode,
  queueWaiting,
  statusLabel,
  waitingFor,
  zoneName,
} from './format';

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

  it('counts the wait in the queue until sign-off, and not after', () => {
    const submittedAt = '2026-01-01T10:00:00Z';
    const now = Date.parse('2026-01-01T10:40:00Z');
    expect(queueWaiting({ status: 'ready_for_signoff', submittedAt }, now)).toBe('waiting 40 min');
    expect(queueWaiting({ status: 'signed_off', submittedAt }, now)).toBeNull();
  });

  it('dates a recorded moment with its time zone, and the audit log to the second', () => {
    const at = '2026-11-25T23:25:09Z';
    const newYork = formatDateTime(at, { timeZone: 'America/New_York' });
    expect(newYork).toMatch(/Nov 25, 2026.*06:25.*PM/);
    expect(newYork).toMatch(/EST$/);
    expect(newYork).not.toContain(':09');
    expect(formatDateTime(at, { timeZone: 'UTC', seconds: true })).toMatch(/11:25:09 PM UTC$/);
  });

  it('gives a compact moment its zone, and its date when it is not today', () => {
    const options = { timeZone: 'America/New_York' };
    const now = Date.parse('2026-11-26T15:00:00Z'); // 10:00 EST on Nov 26
    const today = formatMoment('2026-11-26T13:05:00Z', now, options);
    expect(today).toMatch(/08:05.*AM EST$/);
    expect(today).not.toContain('Nov');
    // 23:30 on the 25th in New York, though already the 26th in UTC: yesterday where the clinic is.
    expect(formatMoment('2026-11-26T04:30:00Z', now, options)).toMatch(/^Nov 25,.*11:30.*PM EST$/);
    expect(formatMoment('2026-11-27T14:00:00Z', now, options)).toMatch(/^Nov 27,.*09:00.*AM EST$/);
    expect(formatMoment('2025-12-31T15:00:00Z', now, options)).toMatch(/^Dec 31, 2025/);
  });

  it('leaves the zone to be said once where many moments share it', () => {
    const options = { timeZone: 'America/New_York' };
    const now = Date.parse('2026-11-26T15:00:00Z');
    expect(formatMoment('2026-11-26T13:05:00Z', now, { ...options, zone: false })).toMatch(
      /08:05.*AM$/,
    );
    expect(formatMoment('2026-11-26T04:30:00Z', now, { ...options, zone: false })).toMatch(
      /^Nov 25,.*11:30.*PM$/,
    );
    expect(zoneName('2026-11-26T13:05:00Z', options)).toBe('EST');
    expect(zoneName('2026-07-01T13:05:00Z', options)).toBe('EDT');
    expect(zoneName('2026-07-01T13:05:00Z', { timeZone: 'UTC' })).toBe('UTC');
  });

  it('names states in the clinic’s words, and never shows a raw unknown code', () => {
    expect(statusLabel('ready_for_signoff')).toBe('Ready for clinician');
    expect(statusLabel('some_new_state')).toBe('some new state');
  });
});
