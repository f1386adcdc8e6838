import { describe, expect, it } from 'vitest';
import { checkCode, parseBirthDate } from './unlock-form';

const today = '2026-11-25';

describe('lock screen checks', () => {
  it('accepts a real date and pads it to ISO', () => {
    expect(parseBirthDate({ month: '4', day: '2', year: '1980' }, today)).toEqual({
      ok: true,
      iso: '1980-04-02',
    });
  });

  it('says which part is wrong', () => {
    expect(parseBirthDate({ month: '', day: '2', year: '1980' }, today)).toMatchObject({
      error: 'dateMissing',
    });
    expect(parseBirthDate({ month: '2', day: '30', year: '1980' }, today)).toMatchObject({
      error: 'dateInvalid',
    });
    expect(parseBirthDate({ month: '13', day: '1', year: '1980' }, today)).toMatchObject({
      error: 'dateInvalid',
    });
    expect(parseBirthDate({ month: '1', day: '1', year: '80' }, today)).toMatchObject({
      error: 'yearShape',
    });
    expect(parseBirthDate({ month: '12', day: '1', year: '2026' }, today)).toMatchObject({
      error: 'dateFuture',
    });
  });

  it('knows leap days', () => {
    expect(parseBirthDate({ month: '2', day: '29', year: '1984' }, today).ok).toBe(true);
    expect(parseBirthDate({ month: '2', day: '29', year: '1983' }, today).ok).toBe(false);
  });

  it('reads a code typed with spaces, dashes or lower case', () => {
    expect(checkCode(' k7m-3qx ')).toEqual({ ok: true, code: 'K7M3QX' });
    expect(checkCode('K7M3Q')).toEqual({ ok: false, error: 'codeShape' });
    expect(checkCode('')).toEqual({ ok: false, error: 'codeMissing' });
  });
});
