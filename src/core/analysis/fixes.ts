// Pure helpers an editor needs around the engine's fixes: moving findings through an edit, the
// comment that silences a rule in one document, and the combined "fix all" edit.
import { emailHeaderEnd } from './message';
import type { Finding, Fix, RuleId, TextEdit } from './types';

/** One replaced range of an edit, in the offsets of the text before it (VS Code's content change, without the editor). */
export interface TextChange {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** Moves findings through an edit; a finding the edit touched is clamped into the new text. */
export function shiftFindings(findings: readonly Finding[], changes: readonly TextChange[]): Finding[] {
  const ordered = [...changes].sort((a, b) => b.rangeOffset - a.rangeOffset);
  const shift = (offset: number): number => {
    for (const change of ordered) {
      const end = change.rangeOffset + change.rangeLength;
      if (offset >= end) offset += change.text.length - change.rangeLength;
      else if (offset > change.rangeOffset) offset = change.rangeOffset + change.text.length;
    }
    return offset;
  };
  return findings.map((f) => ({ ...f, start: shift(f.start), end: Math.max(shift(f.start), shift(f.end)) }));
}

/**
 * The comment that switches a rule off for one document: an HTML comment in Markdown (invisible
 * when rendered), a plain line elsewhere. It goes at the top, or after front matter or an email's
 * header block so those stay valid.
 */
export function ignoreComment(languageId: string, text: string, rule: RuleId): { offset: number; text: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = languageId === 'markdown' ? `<!-- graceful-decline-disable ${rule} -->` : `graceful-decline-disable ${rule}`;
  let offset = 0;
  const frontMatter = /^---\r?\n[^]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  const headerEnd = emailHeaderEnd(text);
  if (frontMatter) {
    // Markdown front matter must stay the first thing in the file.
    offset = frontMatter[0].length;
  } else if (headerEnd !== undefined && headerEnd < text.length) {
    // After the blank line that ends the headers.
    offset = text.indexOf('\n', text.indexOf('\n', headerEnd) + 1) + 1;
  }
  const startsLine = offset === 0 || text[offset - 1] === '\n';
  return { offset, text: `${startsLine ? '' : eol}${line}${eol}` };
}

/**
 * Every finding's preferred fix (or its only fix), skipping any fix whose edits overlap or touch
 * one already taken, so the combined edit is always valid. One round of fixAll (in index.ts).
 * Fixes that change the draft's own words go first, then those that only add text: an added
 * sentence may no longer be needed once the words around it are fixed (a thank-you beside
 * "Thanks, but no thanks", which its fix rewords into real thanks), and the next round of fixAll
 * asks again.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const onlyAdds = (fix: Fix) => fix.edits.every((e) => e.start === e.end);
  const candidates = findings
    .map((f) => f.fixes.find((fix) => fix.preferred) ?? (f.fixes.length === 1 ? f.fixes[0] : undefined))
    .filter((fix): fix is NonNullable<typeof fix> => fix !== undefined && fix.edits.length > 0)
    .sort((a, b) => Number(onlyAdds(a)) - Number(onlyAdds(b)) || Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  for (const fix of candidates) {
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)) || fix.edits.some((o) => o !== e && (o.start === e.start || (o.start < e.end && e.start < o.end))))) continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Overlapping or touching ranges. Each fix was made well formed against the text around it, so
 * two that meet (an insertion where a removal ends) could undo each other's tidying: the later
 * one waits for the next round of fixAll.
 */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.start <= b.end && b.start <= a.end;
}
