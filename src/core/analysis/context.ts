/** Everything the rules share about one draft, computed once: parts, sentences and the phrase matches. */
import { parseMessage, type MessageParts } from './message';
import { overlapsAny, type Span } from './phrases';
import { countWords, indexAt, quotedSpans, splitParagraphs, splitSentences, type Sentence } from './text';
import { ruleIds, type AnalyzeOptions, type RuleId, type Severity } from './types';

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

export class AnalysisContext {
  readonly parts: MessageParts;
  readonly text: string;
  /** Same length as `text`; see MessageParts.masked. */
  readonly masked: string;
  readonly body: Span;
  readonly bodyWords: number;
  readonly options: ResolvedOptions;
  /** Where the writer's prose is, for phrase searches: subject, greeting, body and sign-off (not the signature). */
  readonly prose: Span;
  private readonly quotes: Span[];
  private readonly paragraphs: Span[];
  private readonly segmented: (Sentence[] | undefined)[] = [];
  private all: Sentence[] | undefined;
  private readonly memo = new Map<string, unknown>();

  constructor(text: string, options?: AnalyzeOptions) {
    this.text = text;
    this.parts = parseMessage(text);
    this.masked = this.parts.masked;
    this.body = this.parts.body;
    this.options = resolveOptions(options, this.parts.disabled);
    this.paragraphs = splitParagraphs(this.masked, this.body.start, this.body.end);
    this.bodyWords = countWords(this.masked, this.body.start, this.body.end);
    this.prose = { start: 0, end: this.parts.signature ? this.parts.signature.start : text.length };
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

  /** The text of a span as the writer wrote it. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}
