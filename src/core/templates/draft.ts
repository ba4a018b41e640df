// A draft in the editor is `Subject: …`, a blank line, then the body. These helpers take it apart
// and build a mailto: link from it.

export interface DraftParts {
  /** The subject without the `Subject:` label; empty when the draft has no subject line. */
  subject: string;
  body: string;
}

const subjectLine = /^subject:[ \t]*(.*)$/i;

/** Splits a draft into its subject line and body (leading and trailing blank lines trimmed). */
export function splitDraft(text: string): DraftParts {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const match = i < lines.length ? subjectLine.exec(lines[i].trim()) : null;
  const bodyLines = match ? lines.slice(i + 1) : lines.slice(i);
  return { subject: match ? match[1].trim() : '', body: bodyLines.join('\n').replace(/^\s*\n/, '').replace(/\s+$/, '') };
}

export interface MailtoOptions {
  /** Recipient address(es), comma separated; optional. */
  to?: string;
  /** Longest URI to produce. Mail clients and OS handlers truncate or reject longer links. */
  maxLength?: number;
}

export interface Mailto {
  uri: string;
  /** False when the body did not fit: the caller puts it on the clipboard instead. */
  bodyIncluded: boolean;
  /** True when even the subject had to be shortened. */
  subjectShortened: boolean;
}

export const defaultMailtoLength = 1800;

/**
 * Builds a mailto: URI (RFC 6068): every value percent-encoded (spaces as %20, never +), line
 * breaks as CRLF (%0D%0A). If the whole message would make the URI longer than `maxLength`, the
 * body is left out (and the subject shortened if it alone is too long).
 */
export function buildMailto(parts: DraftParts, options: MailtoOptions = {}): Mailto {
  const maxLength = options.maxLength ?? defaultMailtoLength;
  const to = (options.to ?? '').split(',').map((a) => a.trim()).filter(Boolean).map((a) => encode(a).replace(/%40/g, '@')).join(',');
  const body = parts.body.replace(/\r\n?|\n/g, '\r\n');
  const make = (subject: string, withBody: boolean): string => {
    const query = [subject ? `subject=${encode(subject)}` : '', withBody && body ? `body=${encode(body)}` : ''].filter(Boolean).join('&');
    return `mailto:${to}${query ? `?${query}` : ''}`;
  };
  const full = make(parts.subject, true);
  if (full.length <= maxLength) return { uri: full, bodyIncluded: true, subjectShortened: false };
  const withoutBody = make(parts.subject, false);
  if (withoutBody.length <= maxLength) return { uri: withoutBody, bodyIncluded: body === '', subjectShortened: false };
  // Shorten the subject by whole code points until it fits (binary search on the length).
  const chars = Array.from(parts.subject);
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (make(`${chars.slice(0, mid).join('')}…`, false).length <= maxLength) low = mid;
    else high = mid - 1;
  }
  const subject = low > 0 ? `${chars.slice(0, low).join('')}…` : '';
  return { uri: make(subject, false), bodyIncluded: body === '', subjectShortened: true };
}

/** encodeURIComponent, plus the characters it leaves alone that some mail clients mishandle. */
function encode(value: string): string {
  // A lone surrogate would make encodeURIComponent throw; replace it with U+FFFD instead.
  const wellFormed = value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return encodeURIComponent(wellFormed).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
