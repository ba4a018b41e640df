/**
 * A learned word-level signal: the writer's own words as normalised tokens, and a small
 * L2-regularised logistic regression over them whose score a rule's model can read as one feature.
 * Pure and deterministic (no vscode, no randomness): the same messages always give the same weights.
 *
 * Tokens: lower-case stems of the body's words (AnalysisContext's body: quoted replies, forwarded
 * text and the signature are already blank; quoted speech is left out too), with negation marking
 * (words after not/never/no/n't, up to the next punctuation, become `NOT_word`) and a second-person
 * marker (each word in a clause that has you/your, other than in "thank you", also gives `2P_word`).
 * Numbers become `<num>`, sums of money `<money>`; "!" and "?" are tokens of their own. No lemmatiser
 * is installed, so a small suffix-stripping stemmer (stem) joins related forms.
 */
import type { AnalysisContext } from './context';
import negativeToneLexical from './data/models/negative-tone-lexical.json';
import { quotedSpans } from './text';
import type { RuleId } from './types';

/** Suffix stripping, longest rule first: [suffix, replacement, minimum stem length]. */
const SUFFIXES: readonly (readonly [string, string, number])[] = [
  ['ational', 'ate', 3],
  ['fulness', 'ful', 3],
  ['iveness', 'ive', 3],
  ['ization', 'ize', 3],
  ['isation', 'ize', 3],
  ['ousness', 'ous', 3],
  ['ements', '', 4],
  ['ement', '', 4],
  ['ments', '', 4],
  ['ment', '', 4],
  ['ingly', '', 3],
  ['edly', '', 3],
  ['ness', '', 3],
  ['ings', '', 3],
  ['ing', '', 3],
  ['ies', 'y', 2],
  ['ied', 'y', 2],
  ['ily', 'y', 3],
  ['ised', 'ize', 3],
  ['ises', 'ize', 3],
  ['ise', 'ize', 3],
  ['ly', '', 3],
  ['ed', '', 3],
  ['es', '', 4],
  ['s', '', 3],
];
const VOWEL = /[aeiouy]/;
/** Words left as they are: short function words and forms the rules above would mangle. */
const KEEP = new Set(['this', 'is', 'was', 'has', 'his', 'its', 'us', 'yes', 'thus', 'less', 'unless', 'process', 'business', 'address', 'always', 'perhaps', 'news', 'series', 'sometimes', 'nothing', 'anything', 'something', 'everything', 'thing', 'things', 'during', 'bring', 'sing', 'king', 'ring', 'only', 'early', 'family', 'reply', 'apply', 'supply', 'really', 'likely', 'need', 'feed', 'speed', 'indeed', 'proceed', 'exceed', 'succeed', 'bless', 'pass', 'class', 'mess', 'miss', 'boss', 'loss', 'across', 'yes', 'bus', 'plus', 'status', 'focus', 'bonus', 'campus', 'apologies', 'red', 'bed', 'wed', 'shed']);
/** Irregular forms: to the stem of their base word. */
const IRREGULAR: Readonly<Record<string, string>> = {
  am: 'be', are: 'be', is: 'be', was: 'be', were: 'be', been: 'be', being: 'be',
  has: 'have', had: 'have', having: 'have', does: 'do', did: 'do', done: 'do', doing: 'do',
  went: 'go', gone: 'go', goes: 'go', made: 'make', took: 'take', taken: 'take', got: 'get', gotten: 'get',
  gave: 'give', given: 'give', felt: 'feel', thought: 'think', found: 'find', told: 'tell', said: 'say',
  sent: 'send', spent: 'spend', left: 'leave', kept: 'keep', met: 'meet', wasted: 'waste', wasting: 'waste',
  better: 'good', best: 'good', worse: 'bad', worst: 'bad', children: 'child', kids: 'kid', people: 'person',
  apologies: 'apolog', apologise: 'apolog', apologize: 'apolog', apologised: 'apolog', apologized: 'apolog', apologising: 'apolog', apologizing: 'apolog',
};

/** A small suffix-stripping stemmer: related forms share a stem ("declining", "declined" → "declin"). */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || KEEP.has(word)) return word;
  for (const [suffix, replacement, min] of SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    let base = word.slice(0, word.length - suffix.length);
    if (base.length < min || !VOWEL.test(base)) continue;
    if (suffix === 's' && /(?:ss|us|is)$/.test(word)) return word;
    // "stopped" → "stop", "planning" → "plan" (not "fall", "miss").
    if (replacement === '' && /(?:ed|ing|ings)$/.test(suffix) && /([b-df-hj-np-tv-z])\1$/.test(base) && !/(?:ll|ss|ff|zz)$/.test(base)) base = base.slice(0, -1);
    return stripE(base + replacement);
  }
  return stripE(word);
}

/** "decline" and "declin(ed)" share a stem: a final silent e is dropped. */
const stripE = (w: string) => (w.length > 4 && w.endsWith('e') && !w.endsWith('ee') ? w.slice(0, -1) : w);

const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'cannot', 'nobody', 'nothing', 'none', 'neither', 'noone']);
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'll", "you'd", 'ya', 'u']);
const CONTRACTION: Readonly<Record<string, string>> = { "'re": 'are', "'ve": 'have', "'ll": 'will', "'d": 'would', "'m": 'am' };
const NEGATED_BASE: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall', ai: 'be' };

/** Words, numbers, sums of money, "!" and "?" runs, and clause-ending punctuation. */
const TOKEN = /([$£€]\s?\d[\d,.]*\s?[km]?\b|\d[\d,.]*\s?(?:k|usd|eur|gbp|dollars|euros|pounds)\b)|(\d[\d,.]*)|([a-z]+(?:'[a-z]+)*)|([!?]+)|([.,;:\n()\u2013\u2014]|\s-\s)/g;

/** One clause's words and what marks it. */
interface Clause {
  tokens: { token: string; negated: boolean }[];
  second: boolean;
}

/**
 * The distinct tokens of a stretch of the writer's text (lower-cased; curly apostrophes already
 * straightened by the parser), with negation and second-person marking.
 */
export function tokensOf(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase().replace(/\u2019/g, "'");
  let clause: Clause = { tokens: [], second: false };
  let negated = false;
  let previous = '';
  const close = () => {
    for (const { token, negated: n } of clause.tokens) {
      const t = n ? `NOT_${token}` : token;
      out.add(t);
      if (clause.second) out.add(`2P_${t}`);
    }
    clause = { tokens: [], second: false };
    negated = false;
  };
  const add = (token: string) => clause.tokens.push({ token, negated });
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(lower)) !== null) {
    if (m[1] !== undefined) add('<money>');
    else if (m[2] !== undefined) add('<num>');
    else if (m[4] !== undefined) {
      out.add(m[4].includes('!') ? '!' : '?');
      close();
    } else if (m[5] !== undefined) close();
    else if (m[3] !== undefined) {
      let word = m[3];
      // "thank you" is a formula, not words aimed at the reader.
      if (SECOND_PERSON.has(word) && !(word === 'you' && previous === 'thank')) clause.second = true;
      previous = word;
      if (word.endsWith("n't")) {
        const base = word.slice(0, -3);
        add(stem(NEGATED_BASE[base] ?? base));
        negated = true;
        continue;
      }
      const apostrophe = word.indexOf("'");
      let tail: string | undefined;
      if (apostrophe > 0) {
        const suffix = word.slice(apostrophe);
        tail = CONTRACTION[suffix];
        word = word.slice(0, apostrophe);
      }
      if (NEGATORS.has(word)) {
        add(word === 'cannot' ? 'can' : word);
        negated = true;
      } else add(stem(word));
      if (tail !== undefined) add(stem(tail));
    }
  }
  close();
  return out;
}

/** The tokens of a draft's own text: its body (and postscripts), as the rules read it, without quoted speech ("..."): someone else's words. */
export function draftTokens(ctx: AnalysisContext): Set<string> {
  return ctx.once('lexical:tokens', () => tokensOf(ownText(ctx, ctx.body.start, ctx.body.end)));
}

/** The writer's text in [start, end) without quoted speech. */
export function ownText(ctx: AnalysisContext, start: number, end: number): string {
  let text = '';
  let at = start;
  for (const q of quotedSpans(ctx.masked, start, end)) {
    text += `${ctx.masked.slice(at, q.start)} `;
    at = Math.min(q.end, end);
  }
  return text + ctx.masked.slice(at, end);
}

/** A logistic regression over token presence (each draft's tokens weigh 1/sqrt(count) together). */
export interface LexicalModel {
  readonly bias: number;
  /** The average score of the training drafts: what a draft with few words is drawn towards. */
  readonly mean: number;
  readonly weights: Readonly<Record<string, number>>;
}

/**
 * How many tokens a draft needs before its own words count as much as the average draft's score:
 * a short draft says little, so its score is drawn towards the training drafts' mean (without
 * this, a two-line note scored like a strongly worded one). Chosen on dev cross-validation and the
 * rule tests' short drafts (10 to 40 were tried; see scripts/lexical-experiment.ts).
 */
const SHRINK_TOKENS = 30;

/** The model's log-odds for a set of tokens; unknown tokens count for nothing; short drafts are drawn towards the mean (SHRINK_TOKENS). */
export function lexicalScore(model: LexicalModel, tokens: ReadonlySet<string>): number {
  if (tokens.size === 0) return model.mean;
  let z = 0;
  for (const t of tokens) z += model.weights[t] ?? 0;
  const raw = model.bias + z / Math.sqrt(tokens.size);
  return model.mean + ((raw - model.mean) * tokens.size) / (tokens.size + SHRINK_TOKENS);
}

/** The name of the feature a rule's model reads the lexical score by. */
export const LEXICAL_FEATURE = 'lexical';

/** The lexical score as a feature of a rule's model: the log-odds, bounded and scaled to the size of the other features. */
export const lexicalFeature = (z: number) => Math.max(-6, Math.min(6, z)) / 3;

/** The rules whose model reads a lexical score, and their lexical models (rebuilt by scripts/train-tone.ts). */
const LEXICAL_MODELS: Partial<Record<RuleId, LexicalModel>> = { 'negative-tone': negativeToneLexical };

/** A rule's features with its lexical feature added (the draft's score under the rule's lexical model), when it has one. */
export function withLexical(rule: RuleId, ctx: AnalysisContext, features: Readonly<Record<string, number>>): Readonly<Record<string, number>> {
  const model = LEXICAL_MODELS[rule];
  return model ? { ...features, [LEXICAL_FEATURE]: lexicalFeature(lexicalScore(model, draftTokens(ctx))) } : features;
}

/**
 * Where a rule's lexical model reads the draft as most like its examples: the body sentence whose
 * own tokens add most to the score (more than `min`), for a finding when no detector names a span.
 */
export function strongestSentence(rule: RuleId, ctx: AnalysisContext, min = 0): { start: number; end: number } | undefined {
  const model = LEXICAL_MODELS[rule];
  if (!model) return undefined;
  let best: { start: number; end: number } | undefined;
  let bestScore = min;
  const signOff = ctx.parts.signOff;
  const whole = lexicalScore(model, draftTokens(ctx));
  for (const s of ctx.sentences) {
    if (signOff && s.start < signOff.end && s.end > signOff.start) continue;
    // How much the draft's score drops without the sentence.
    const rest = tokensOf(`${ownText(ctx, ctx.body.start, s.start)} . ${ownText(ctx, s.end, ctx.body.end)}`);
    const score = whole - lexicalScore(model, rest);
    if (score > bestScore) {
      best = s;
      bestScore = score;
    }
  }
  return best;
}

export interface LexicalTrainOptions {
  /** L2 penalty on the weights. */
  readonly l2: number;
  /** Tokens kept: those in at least this many training messages. */
  readonly minDocs?: number;
  readonly epochs?: number;
  readonly rate?: number;
}

/**
 * Full-batch gradient descent on the L2-penalised log loss, over the tokens seen in at least
 * `minDocs` of the training messages. Weights rounded to 3 decimals; zero weights dropped.
 */
export function trainLexical(examples: readonly { tokens: ReadonlySet<string>; label: boolean }[], options: LexicalTrainOptions): LexicalModel {
  const { l2, minDocs = 3, epochs = 600, rate = 2 } = options;
  const docs = new Map<string, number>();
  for (const e of examples) for (const t of e.tokens) docs.set(t, (docs.get(t) ?? 0) + 1);
  const vocab = [...docs.entries()].filter(([, n]) => n >= minDocs).map(([t]) => t).sort();
  const index = new Map(vocab.map((t, i) => [t, i]));
  // Each example as the indices of its known tokens and their common value 1/sqrt(all its tokens).
  const rows = examples.map((e) => {
    const idx: number[] = [];
    for (const t of e.tokens) {
      const i = index.get(t);
      if (i !== undefined) idx.push(i);
    }
    return { idx: Int32Array.from(idx), value: e.tokens.size === 0 ? 0 : 1 / Math.sqrt(e.tokens.size), y: e.label ? 1 : 0 };
  });
  const w = new Float64Array(vocab.length);
  const grad = new Float64Array(vocab.length);
  let bias = 0;
  const n = Math.max(1, rows.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0);
    let gradBias = 0;
    for (const r of rows) {
      let z = bias;
      for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]] * r.value;
      const error = 1 / (1 + Math.exp(-z)) - r.y;
      gradBias += error;
      const g = error * r.value;
      for (let k = 0; k < r.idx.length; k++) grad[r.idx[k]] += g;
    }
    bias -= (rate * gradBias) / n;
    for (let i = 0; i < w.length; i++) w[i] -= rate * (grad[i] / n + l2 * w[i]);
  }
  const round = (x: number) => Math.round(x * 1e3) / 1e3;
  let total = 0;
  for (const r of rows) {
    let z = bias;
    for (let k = 0; k < r.idx.length; k++) z += w[r.idx[k]] * r.value;
    total += z;
  }
  const weights: Record<string, number> = {};
  vocab.forEach((t, i) => {
    const v = round(w[i]);
    if (v !== 0) weights[t] = v;
  });
  return { bias: round(bias), mean: round(total / n), weights };
}
