/** unfilled-placeholder: template placeholders left in the draft ([Name], {{role}}, <your name>, XXX). */
import type { AnalysisContext } from '../context';
import reporting from '../data/reporting.json';
import { compilePhrase } from '../phraseSyntax';
import { excerpt, type RawFinding, type Rule } from './rule';

const PLACEHOLDERS: RegExp[] = [
  // [Name]: not a Markdown link, image, reference, footnote or task-list box.
  /(?<![\]!\\])\[(?!\s*\]|[ xX]\]|\^)([^[\]\n]{1,120})\](?![([])/g,
  /\{\{[^{}\n]{1,60}\}\}/g,
  /(?<!\{)\{\s*[A-Za-z_][\w .'-]{0,40}\}(?!\})/g,
  /<<[^<>\n]{1,60}>>/g,
  /<\s*(?:your|their|his|her|the|insert|company|name|recruiter|hiring|position|role|job|date|time|first|last|manager|contact)\b[^<>\n]{0,40}>/gi,
  /(?<![\w])(?:X{3,}|TBD|TODO)(?![\w])/g,
  /(?<![\w])__[A-Za-z][A-Za-z _]{0,30}__(?![\w])/g,
  // A fill-in blank ("the ________ position"), not a Markdown rule (a line of nothing else).
  /(?<!\w)_{4,}(?!\w)/g,
];
/** Bracketed text that is ordinary writing, not a placeholder. */
const NOT_PLACEHOLDER = /^\s*(?:\d+|sic|\.\.\.|\u2026|[a-z]|ibid)\s*$/i;

/** A line of underscores alone is a Markdown horizontal rule or a signature line, not a blank. */
function isLineOfItsOwn(text: string, start: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start + length);
  return /^[\s_]*$/.test(text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd));
}

/** `[label]: https://...` at the start of a line is a Markdown link reference definition. */
function isReferenceDefinition(text: string, start: number, length: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^ {0,3}$/.test(text.slice(lineStart, start)) && /^:\s*\S/.test(text.slice(start + length, start + length + 3));
}

/** The end of a line's text before an opening quotation mark that a reporting word introduces. */
const REPORTED_QUOTE = new RegExp(`\\b(?:${reporting.reportingWords.map(compilePhrase).join('|')})[:,]?\\s*["\u201c][^"\u201c\u201d\\n]*$`, 'i');

/** A placeholder inside someone else's words the writer quotes (your email still says "Dear [First Name]"). */
function isQuotedFromOthers(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return REPORTED_QUOTE.test(text.slice(lineStart, start)) && /["\u201d]/.test(text.slice(end, lineEnd === -1 ? undefined : lineEnd));
}

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  title: "Unfilled placeholder",
  defaultSeverity: 'error',
  docs: {
    summary: "Template placeholders such as [Name], [Company], {{role}}, <your name>, XXX or a ____ blank are still in the draft.",
    why: "A message that still says [Company] shows it was copied from a template without care, which undoes the courtesy of writing at all.",
    example: "Dear [Hiring Manager],\nThank you for inviting me to interview at {{company}}.",
    fix: "Replace each placeholder with the real name, company, role or date. There is no automatic fix: only you know the right text.",
  },
  check(ctx: AnalysisContext): RawFinding[] {
    const out: RawFinding[] = [];
    const seen = new Set<number>();
    // The whole draft, signature included ("[Your Name]" under the sign-off is a leftover too).
    const { masked } = ctx.parts;
    for (const re of PLACEHOLDERS) {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(masked)) !== null) {
        if (m[1] !== undefined && NOT_PLACEHOLDER.test(m[1])) continue;
        if (m[1] !== undefined && isReferenceDefinition(masked, m.index, m[0].length)) continue;
        if (m[0].startsWith('____') && isLineOfItsOwn(masked, m.index, m[0].length)) continue;
        if (isQuotedFromOthers(masked, m.index, m.index + m[0].length)) continue;
        if (seen.has(m.index)) continue;
        seen.add(m.index);
        const start = m.index;
        const end = start + m[0].length;
        out.push({ start, end, message: `Unfilled placeholder ${excerpt(ctx.text.slice(start, end))}: replace it with the real text.` });
      }
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
