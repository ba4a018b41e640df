/** Everything the rules share about one draft, computed once: parts, sentences and the phrase matches. */
import { parseMessage, type MessageParts } from './message';
import { overlapsAny, type Span } from './phrases';
import { countWords, indexAt, quotedSpans, splitParagraphs, splitSentences, type Sentence } from './text';
import { ruleIds, type AnalyzeOptions, type RuleId, type Severity, type TextEdit } from './types';

/** Body words above which a draft is too long (the `maxBodyWords` option). */
export const DEFAULT_MAX_BODY_WORDS = 250;
/** Reasons a draft may give before they count as stacked (the `maxReasons` option). */
export const DEFAULT_MAX_REASONS = 1;
/** Apologies a draft may make before the rest count as extra (the `maxApologies` option). */
export const DEFAULT_MAX_APOLOGIES = 1;

export interface ResolvedOptions {
  maxBodyWords: number;
  maxReasons: number;
  maxApologies: number;
  enabled: Set<RuleId>;
  severities: Partial<Record<RuleId, Severity>>;
}

function positiveInt(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint'];

/** Keeps only known rule ids with known severities (options may come from hand-edited settings). */
function validSeverities(value: unknown): Partial<Record<RuleId, Severity>> {
  const out: Partial<Record<RuleId, Severity>> = {};
  if (!value || typeof value !== 'object') return out;
  for (const id of ruleIds) {
    const v = (value as Record<string, unknown>)[id];
    if (typeof v === 'string' && SEVERITIES.includes(v)) out[id] = v as Severity;
  }
  return out;
}

export function resolveOptions(options: AnalyzeOptions | undefined, disabledInText: Set<RuleId>): ResolvedOptions {
  const o = options ?? {};
  const off = new Set<string>([...(Array.isArray(o.disabledRules) ? o.disabledRules : []), ...disabledInText]);
  return {
    maxBodyWords: positiveInt(o.maxBodyWords, DEFAULT_MAX_BODY_WORDS),
    maxReasons: positiveInt(o.maxReasons, DEFAULT_MAX_REASONS),
    maxApologies: Math.max(1, positiveInt(o.maxApologies, DEFAULT_MAX_APOLOGIES)),
    enabled: new Set(ruleIds.filter((id) => !off.has(id))),
    severities: validSeverities(o.severities),
  };
}

/** `masked` with [from, to) blanked (line breaks kept) except the `keep` spans, which lie inside it in order. */
function blankBetween(masked: string, from: number, to: number, keep: readonly Span[]): string {
  const blank = (a: number, b: number) => (b > a ? masked.slice(a, b).replace(/[^\r\n]/g, ' ') : '');
  let out = masked.slice(0, from);
  let at = from;
  for (const k of keep) {
    out += blank(at, k.start) + masked.slice(k.start, k.end);
    at = k.end;
  }
  return out + blank(at, to) + masked.slice(to);
}

export class AnalysisContext {
  readonly parts: MessageParts;
  readonly text: string;
  /**
   * What the rules read: MessageParts.masked, and when postscripts follow the signature, with the
   * signature lines between the body and them blanked too (same length as `text`). Placeholders
   * are looked for in MessageParts.masked, which keeps the signature.
   */
  readonly masked: string;
  /**
   * The text every rule checks: the body, through the last postscript when there is one (the
   * signature lines in between are blank in `masked`; the sign-off stays, as its own sentence).
   */
  readonly body: Span;
  /** Words of the body and the postscripts (not the sign-off). */
  readonly bodyWords: number;
  readonly options: ResolvedOptions;
  /** Where the writer's prose is, for phrase searches: subject, greeting, body, sign-off and postscripts (not the signature). */
  readonly prose: Span;
  private readonly quotes: Span[];
  private readonly paragraphs: Span[];
  private readonly segmented: (Sentence[] | undefined)[] = [];
  private all: Sentence[] | undefined;
  private readonly memo = new Map<string, unknown>();

  constructor(text: string, options?: AnalyzeOptions) {
    this.text = text;
    this.parts = parseMessage(text);
    this.options = resolveOptions(options, this.parts.disabled);
    const { body, postscripts, signOff, signature } = this.parts;
    if (postscripts.length === 0) {
      this.masked = this.parts.masked;
      this.body = body;
      this.paragraphs = splitParagraphs(this.masked, body.start, body.end);
      this.bodyWords = countWords(this.masked, body.start, body.end);
      this.prose = { start: 0, end: signature ? signature.start : text.length };
    } else {
      // The postscripts are part of the message: the body runs through the last of them, and what
      // lies between (signature lines, "P.S." markers) is blanked, all but the sign-off.
      const end = postscripts[postscripts.length - 1].end;
      const keep = signOff && signOff.start >= body.end ? [signOff, ...postscripts] : postscripts;
      this.masked = blankBetween(this.parts.masked, body.end, end, keep);
      this.body = { start: body.start, end };
      const own = (s: Span) => splitParagraphs(this.masked, s.start, s.end);
      this.paragraphs = [...own(body), ...(keep === postscripts ? [] : [signOff as Span]), ...postscripts.flatMap(own)];
      this.bodyWords = [body, ...postscripts].reduce((n, s) => n + countWords(this.masked, s.start, s.end), 0);
      this.prose = { start: 0, end };
    }
    this.quotes = quotedSpans(this.masked, this.prose.start, this.prose.end);
  }

  /** Computes a value once per draft (shared by rules and metrics). */
  once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  /** The sentences of paragraph `i`, segmented on first use. */
  private sentencesOf(i: number): Sentence[] {
    let s = this.segmented[i];
    if (s === undefined) {
      s = splitSentences(this.masked, this.paragraphs[i]);
      this.segmented[i] = s;
    }
    return s;
  }

  /** Every body sentence, in order (segments the whole body). */
  get sentences(): Sentence[] {
    if (this.all === undefined) this.all = this.paragraphs.flatMap((_, i) => this.sentencesOf(i));
    return this.all;
  }

  /** Body sentences in order, segmenting only as far as the caller reads. */
  *eachSentence(): Generator<Sentence> {
    for (let i = 0; i < this.paragraphs.length; i++) yield* this.sentencesOf(i);
  }

  /** The first `n` body sentences (fewer if the body is shorter). */
  firstSentences(n: number): Sentence[] {
    const out: Sentence[] = [];
    for (const s of this.eachSentence()) {
      if (out.length >= n) break;
      out.push(s);
    }
    return out;
  }

  /** The body sentence containing `offset`, if any. */
  sentenceAt(offset: number): Sentence | undefined {
    const p = indexAt(this.paragraphs, offset);
    if (p < 0) return undefined;
    const sentences = this.sentencesOf(p);
    const i = indexAt(sentences, offset);
    return i < 0 ? undefined : sentences[i];
  }

  /** True when [start, end) is inside quoted speech ("..."), which is someone else's words. */
  inQuote(start: number, end: number): boolean {
    return overlapsAny(this.quotes, start, end);
  }

  /**
   * A deletion that would leave a postscript with no words takes the whole postscript with it: its
   * "P.S." marker and the blank space before it, so no bare "P.S." is left behind. Other edits are returned as they are.
   */
  tidyEdit(edit: TextEdit): TextEdit {
    if (edit.newText.trim() !== '') return edit;
    for (const p of this.parts.postscripts) {
      if (edit.end <= p.start || edit.start >= p.end) continue;
      const left = this.text.slice(p.start, Math.max(p.start, edit.start)) + this.text.slice(Math.min(p.end, edit.end), p.end);
      if (/[\p{L}\p{N}]/u.test(left)) return edit;
      let start = this.text.lastIndexOf('\n', p.start - 1) + 1;
      while (start > 0 && /\s/.test(this.text[start - 1])) start--;
      return { start, end: Math.max(edit.end, p.end), newText: '' };
    }
    return edit;
  }

  /** The text of a span as the writer wrote it. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}
