/** Everything the rules share about one draft, computed once: parts, sentences and the phrase matches. */
import { parseMessage, type MessageParts } from './message';
import { overlapsAny, type Span } from './phrases';
import { countWords, quotedSpans, sentenceAt, splitSentences, type Sentence } from './text';
import { ruleIds, type AnalyzeOptions, type RuleId, type Severity } from './types';

/** Body words above which a draft is too long (the `maxBodyWords` option). */
export const DEFAULT_MAX_BODY_WORDS = 150;
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

export function resolveOptions(options: AnalyzeOptions | undefined, disabledInText: Set<RuleId>): ResolvedOptions {
  const o = options ?? {};
  const off = new Set<string>([...(Array.isArray(o.disabledRules) ? o.disabledRules : []), ...disabledInText]);
  return {
    maxBodyWords: positiveInt(o.maxBodyWords, DEFAULT_MAX_BODY_WORDS),
    maxReasons: positiveInt(o.maxReasons, DEFAULT_MAX_REASONS),
    maxApologies: Math.max(1, positiveInt(o.maxApologies, DEFAULT_MAX_APOLOGIES)),
    enabled: new Set(ruleIds.filter((id) => !off.has(id))),
    severities: o.severities && typeof o.severities === 'object' ? o.severities : {},
  };
}

export class AnalysisContext {
  readonly parts: MessageParts;
  readonly text: string;
  /** Same length as `text`; see MessageParts.masked. */
  readonly masked: string;
  readonly body: Span;
  readonly sentences: Sentence[];
  readonly bodyWords: number;
  readonly options: ResolvedOptions;
  /** Where the writer's prose is, for phrase searches: subject, greeting, body and sign-off (not the signature). */
  readonly prose: Span;
  private readonly quotes: Span[];
  private readonly memo = new Map<string, unknown>();

  constructor(text: string, options?: AnalyzeOptions) {
    this.text = text;
    this.parts = parseMessage(text);
    this.masked = this.parts.masked;
    this.body = this.parts.body;
    this.options = resolveOptions(options, this.parts.disabled);
    this.sentences = splitSentences(this.masked, this.body.start, this.body.end);
    this.bodyWords = countWords(this.masked, this.body.start, this.body.end);
    this.prose = { start: 0, end: this.parts.signature ? this.parts.signature.start : text.length };
    this.quotes = quotedSpans(this.masked, this.prose.start, this.prose.end);
  }

  /** Computes a value once per draft (shared by rules and metrics). */
  once<T>(key: string, compute: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, compute());
    return this.memo.get(key) as T;
  }

  sentenceAt(offset: number): Sentence | undefined {
    return sentenceAt(this.sentences, offset);
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
