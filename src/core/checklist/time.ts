/**
 * Instants as ISO 8601 strings that keep their offset, so a reply-by time is shown in the
 * time zone the person gave. Pure: no reliance on the host's zone except where a Date is passed in.
 */

export const HOUR_MS = 3_600_000;

export interface Instant {
  /** Milliseconds since the epoch. */
  ms: number;
  /** Offset from UTC in minutes (east positive), as written in the string. */
  offsetMinutes: number;
}

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * The looser ISO 8601 shape the decision log accepts from callers and from older files: a date,
 * optionally with a time, seconds, fractions and an offset (`+01:00` or `+0100`). The checklist
 * itself always writes the strict form above.
 */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO 8601 date-time that carries an offset (`Z` or `±HH:MM`); anything else is undefined. */
export function parseInstant(text: string): Instant | undefined {
  const m = isoPattern.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const second = m[6] ? Number(m[6]) : 0;
  const millis = m[7] ? Number(m[7].padEnd(3, '0')) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  if (m[8] !== 'Z') {
    const sign = m[8].startsWith('-') ? -1 : 1;
    const oh = Number(m[8].slice(1, 3));
    const om = Number(m[8].slice(4, 6));
    if (oh > 14 || om > 59) return undefined;
    offsetMinutes = sign * (oh * 60 + om);
  }
  const ms = Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
  return { ms, offsetMinutes };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatOffset(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Wall-clock parts of an instant seen at an offset. */
function wallClock(ms: number, offsetMinutes: number): Date {
  return new Date(ms + offsetMinutes * 60_000);
}

/** `2026-11-24T10:00:00+01:00`: the instant written at the given offset (seconds kept, milliseconds dropped). */
export function formatInstant(ms: number, offsetMinutes: number): string {
  const w = wallClock(ms, offsetMinutes);
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}T${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}:${pad(w.getUTCSeconds())}${formatOffset(offsetMinutes)}`;
}

/** A Date in the zone of the machine that made it (the browser or the extension host), as ISO with offset. */
export function isoInLocalZone(date: Date): string {
  return formatInstant(date.getTime(), -date.getTimezoneOffset());
}

/**
 * `YYYY-MM-DDTHH:MM` or `YYYY-MM-DD HH:MM` in the local zone of this machine (what
 * `<input type="datetime-local">` gives, or what a person types) to ISO with offset.
 * Text that already carries an offset is normalised instead. Undefined when it is not a date-time.
 */
export function localInputToIso(text: string): string | undefined {
  const trimmed = text.trim();
  const withOffset = parseInstant(trimmed.replace(' ', 'T'));
  if (withOffset) return formatInstant(withOffset.ms, withOffset.offsetMinutes);
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(trimmed);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59) return undefined;
  const date = new Date(year, month - 1, day, hour, minute);
  return isoInLocalZone(date);
}

/** The reverse for a `datetime-local` input: the instant in this machine's zone as `YYYY-MM-DDTHH:MM`. */
export function isoToLocalInput(iso: string): string {
  const instant = parseInstant(iso);
  if (!instant) return '';
  const d = new Date(instant.ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `Tuesday 24 November 2026, 10:00 (UTC+01:00)`: for people, in the offset given. */
export function describeInstant(ms: number, offsetMinutes: number): string {
  const w = wallClock(ms, offsetMinutes);
  const zone = offsetMinutes === 0 ? 'UTC' : `UTC${formatOffset(offsetMinutes)}`;
  return `${weekdays[w.getUTCDay()]} ${w.getUTCDate()} ${months[w.getUTCMonth()]} ${w.getUTCFullYear()}, ${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())} (${zone})`;
}

/**
 * How long a span is, for people: `40 minutes`, `5 hours 30 minutes`, `30 hours`, `2 days 2 hours`,
 * or in the `short` form for the status bar: `40m`, `5h 30m`, `30h`, `2d 2h`. The sign is ignored
 * (callers say "ago" or "overdue" themselves) and minutes are rounded down, so a countdown never
 * promises more time than is left. Minutes are shown only under 6 hours, days from 48 hours.
 */
export function describeDuration(spanMs: number, form: 'long' | 'short' = 'long'): string {
  const totalMinutes = Math.floor(Math.abs(spanMs) / 60_000);
  if (totalMinutes < 1) return 'less than a minute';
  const unit = (n: number, long: string, short: string) => (form === 'short' ? `${n}${short}` : plural(n, long));
  const join = (a: string, b: string) => `${a} ${b}`;
  if (totalMinutes < 60) return unit(totalMinutes, 'minute', 'm');
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours < 6) return minutes ? join(unit(hours, 'hour', 'h'), unit(minutes, 'minute', 'm')) : unit(hours, 'hour', 'h');
  if (hours < 48) return unit(hours, 'hour', 'h');
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return restHours ? join(unit(days, 'day', 'd'), unit(restHours, 'hour', 'h')) : unit(days, 'day', 'd');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * An instant from the decision log, which also holds older, looser ISO forms (`+0100`, more
 * fractions, a space for the `T`): any of them with a zone (`Z` or an offset) is one instant.
 * A date or time without a zone is not, and gives undefined.
 */
export function parseLoggedInstant(text: string): Instant | undefined {
  const trimmed = text.trim();
  const strict = parseInstant(trimmed);
  if (strict) return strict;
  if (!ISO_DATE_PATTERN.test(trimmed)) return undefined;
  const zone = /(Z|([+-])(\d{2}):?(\d{2}))$/.exec(trimmed);
  if (!zone) return undefined;
  const ms = Date.parse(trimmed.replace(' ', 'T').replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (!Number.isFinite(ms)) return undefined;
  const offsetMinutes = zone[1] === 'Z' ? 0 : (zone[2] === '-' ? -1 : 1) * (Number(zone[3]) * 60 + Number(zone[4]));
  return { ms, offsetMinutes };
}

/** Names IANA gives UTC itself; a note such as "(UTC, UTC)" would repeat it. */
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'UCT', 'Etc/Universal', 'Universal', 'Etc/Zulu', 'Zulu', 'GMT', 'Etc/GMT', 'Etc/GMT0', 'Etc/GMT+0', 'Etc/GMT-0', 'GMT0', 'Etc/Greenwich', 'Greenwich']);

/**
 * A time zone for people: `Europe/Berlin, UTC+01:00`, `America/New_York, UTC-05:00`, `UTC`
 * (never "UTC, UTC"), or the offset alone when the zone has no name.
 */
export function describeZone(timeZone: string | undefined, offsetMinutes: number): string {
  const offset = offsetMinutes === 0 ? 'UTC' : `UTC${formatOffset(offsetMinutes)}`;
  if (!timeZone) return offset;
  if (UTC_ZONES.has(timeZone) && offsetMinutes === 0) return 'UTC';
  return `${timeZone}, ${offset}`;
}

/** The zone this machine (or browser) uses, or undefined when it does not say. */
export function localTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The offset from UTC, in minutes, of an IANA time zone at an instant (daylight saving included);
 * undefined for a zone this runtime does not know.
 */
export function offsetInZone(ms: number, timeZone: string): number | undefined {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(ms));
  } catch {
    return undefined;
  }
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
}
