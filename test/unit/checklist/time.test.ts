import * as assert from 'node:assert/strict';
import { describeDuration, describeInstant, describeZone, formatInstant, formatOffset, isoToLocalInput, localInputToIso, offsetInZone, parseInstant, parseLoggedInstant } from '../../../src/core/checklist/time';

describe('checklist time arithmetic', () => {
  it('parses ISO instants with Z and with offsets to the same moment', () => {
    const utc = parseInstant('2026-11-24T09:00:00Z');
    const paris = parseInstant('2026-11-24T10:00+01:00');
    const newYork = parseInstant('2026-11-24T04:00:00.000-05:00');
    const kolkata = parseInstant('2026-11-24T14:30:00+05:30');
    assert.ok(utc && paris && newYork && kolkata);
    assert.equal(paris.ms, utc.ms);
    assert.equal(newYork.ms, utc.ms);
    assert.equal(kolkata.ms, utc.ms);
    assert.equal(paris.offsetMinutes, 60);
    assert.equal(newYork.offsetMinutes, -300);
    assert.equal(kolkata.offsetMinutes, 330);
  });

  it('rejects text without an offset, impossible dates and junk', () => {
    for (const bad of ['2026-11-24T10:00', '2026-11-24', '2026-02-30T10:00Z', '2026-13-01T10:00Z', '2026-11-24T24:00Z', '2026-11-24T10:00+15:00', 'tomorrow', '', '2026-11-24T10:00Z<img>']) {
      assert.equal(parseInstant(bad), undefined, bad);
    }
    assert.ok(parseInstant('2028-02-29T10:00Z'), 'leap day');
  });

  it('formats an instant at the offset it was given, across a date line', () => {
    const ms = Date.UTC(2026, 10, 24, 23, 30);
    assert.equal(formatInstant(ms, 0), '2026-11-24T23:30:00Z');
    assert.equal(formatInstant(ms, 120), '2026-11-25T01:30:00+02:00');
    assert.equal(formatInstant(ms, -600), '2026-11-24T13:30:00-10:00');
    assert.equal(formatOffset(330), '+05:30');
    assert.equal(formatOffset(-570), '-09:30');
  });

  it('describes instants and spans for people', () => {
    assert.equal(describeInstant(Date.UTC(2026, 10, 24, 9, 0), 60), 'Tuesday 24 November 2026, 10:00 (UTC+01:00)');
    assert.equal(describeInstant(Date.UTC(2026, 10, 24, 9, 0), 0), 'Tuesday 24 November 2026, 09:00 (UTC)');
    assert.equal(describeDuration(40 * 60_000), '40 minutes');
    assert.equal(describeDuration(60_000), '1 minute');
    assert.equal(describeDuration(5.5 * 3_600_000), '5 hours 30 minutes');
    assert.equal(describeDuration(30 * 3_600_000), '30 hours');
    assert.equal(describeDuration(50 * 3_600_000), '2 days 2 hours');
    assert.equal(describeDuration(72 * 3_600_000), '3 days');
    assert.equal(describeDuration(-5), 'less than a minute');
    assert.equal(describeDuration(-3 * 3_600_000), '3 hours', 'the sign is left to the caller');
    assert.equal(describeDuration(3 * 3_600_000 + 59 * 60_000 + 59_000), '3 hours 59 minutes', 'rounded down, never overstated');
    assert.equal(describeDuration(5.5 * 3_600_000, 'short'), '5h 30m');
  });

  describe('local input in a given time zone', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it('turns a wall-clock time into ISO with the zone offset of that date (summer and winter)', () => {
      process.env.TZ = 'Europe/Berlin';
      assert.equal(localInputToIso('2026-07-01T10:00'), '2026-07-01T10:00:00+02:00');
      assert.equal(localInputToIso('2026-12-01 10:00'), '2026-12-01T10:00:00+01:00');
      process.env.TZ = 'America/New_York';
      assert.equal(localInputToIso('2026-12-01T10:00'), '2026-12-01T10:00:00-05:00');
      process.env.TZ = 'UTC';
      assert.equal(localInputToIso('2026-12-01T10:00'), '2026-12-01T10:00:00Z');
    });

    it('keeps text that already has an offset and rejects junk', () => {
      process.env.TZ = 'Asia/Tokyo';
      assert.equal(localInputToIso('2026-12-01T10:00-03:00'), '2026-12-01T10:00:00-03:00');
      assert.equal(localInputToIso('next tuesday'), undefined);
      assert.equal(localInputToIso('2026-02-31T10:00'), undefined);
    });

    it('round-trips through a datetime-local value in the zone of this machine', () => {
      process.env.TZ = 'Asia/Tokyo';
      assert.equal(isoToLocalInput('2026-12-01T10:00:00+01:00'), '2026-12-01T18:00');
      assert.equal(isoToLocalInput(localInputToIso('2026-12-01T18:00')!), '2026-12-01T18:00');
      assert.equal(isoToLocalInput('garbage'), '');
    });
  });
});

describe('time zones for people', () => {
  it('describeZone: a named zone with its offset, UTC once (never "UTC, UTC"), the offset alone without a name', () => {
    assert.equal(describeZone('Europe/Berlin', 60), 'Europe/Berlin, UTC+01:00');
    assert.equal(describeZone('America/New_York', -300), 'America/New_York, UTC-05:00');
    assert.equal(describeZone('Europe/London', 0), 'Europe/London, UTC');
    for (const utc of ['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT']) assert.equal(describeZone(utc, 0), 'UTC', utc);
    assert.equal(describeZone(undefined, 330), 'UTC+05:30');
    assert.equal(describeZone(undefined, 0), 'UTC');
  });

  it('offsetInZone: the offset at that instant, daylight saving included; undefined for an unknown zone', () => {
    assert.equal(offsetInZone(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin'), 60);
    assert.equal(offsetInZone(Date.parse('2026-07-15T12:00:00Z'), 'Europe/Berlin'), 120);
    assert.equal(offsetInZone(Date.parse('2026-03-29T00:59:59Z'), 'Europe/Berlin'), 60, 'a second before the change');
    assert.equal(offsetInZone(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin'), 120, 'at the change');
    assert.equal(offsetInZone(Date.parse('2026-07-15T12:00:00Z'), 'America/New_York'), -240);
    assert.equal(offsetInZone(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kathmandu'), 345);
    assert.equal(offsetInZone(Date.parse('2026-07-15T12:00:00Z'), 'UTC'), 0);
    assert.equal(offsetInZone(Date.parse('1969-12-31T23:59:59.500Z'), 'UTC'), 0, 'before the epoch, with milliseconds');
    assert.equal(offsetInZone(0, 'Mars/Olympus_Mons'), undefined);
  });

  it('parseLoggedInstant: strict and older looser forms with a zone; nothing without one', () => {
    assert.deepEqual(parseLoggedInstant('2026-11-29T10:00:00+01:00'), { ms: Date.parse('2026-11-29T09:00:00Z'), offsetMinutes: 60 });
    assert.deepEqual(parseLoggedInstant('2026-11-29 10:00+0100'), { ms: Date.parse('2026-11-29T09:00:00Z'), offsetMinutes: 60 });
    assert.deepEqual(parseLoggedInstant('2026-11-29T09:00:00.123456Z'), { ms: Date.parse('2026-11-29T09:00:00.123Z'), offsetMinutes: 0 });
    assert.equal(parseLoggedInstant('2026-11-29T09:00'), undefined);
    assert.equal(parseLoggedInstant('2026-11-29'), undefined);
    assert.equal(parseLoggedInstant('soon'), undefined);
  });
});
