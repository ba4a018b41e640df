/**
 * What a clause is aimed at. "The salary is insulting" criticises them; "I was disappointed not to
 * get further" is about the writer. A negative word matters when it is aimed at the reader's side:
 * the reader (you), their company, the role, the pay or offer, their people or their process.
 * Cheap by design: only clauses around a candidate word are read, word by word.
 */
import aimData from './data/aim.json';
import type { AnalysisContext } from './context';
import { inflections } from './phraseSyntax';
import type { Span } from './phrases';

export type Target = 'pay' | 'company' | 'role' | 'people' | 'process' | 'you' | 'it';

function wordSet(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (w.endsWith('~')) for (const f of inflections(w.slice(0, -1))) out.add(f);
    else out.add(w);
  }
  return out;
}

const SECOND = new Set(aimData.secondPerson);
const THIRD = new Set(aimData.thirdPerson);
const FIRST = new Set(aimData.firstPerson);
const OWNERS = new Set(aimData.owners);
const TARGET = new Map<string, Target>();
for (const [kind, words] of Object.entries(aimData.targets)) for (const w of wordSet(words)) if (!TARGET.has(w)) TARGET.set(w, kind as Target);
const FEELINGS = new Set(aimData.feelings);
/** Nouns that are theirs only with "your" or "their": "the reply" may be the writer's own. */
const WEAK = wordSet(aimData.weakTargets);
/** "It", "this", "that": in a decline, usually the role, the offer or the process. */
const IT = new Set(aimData.itWords);
const LINKS = new Set(aimData.feelingLinks);
/** Words that start a new clause inside a sentence. */
const CLAUSE_WORDS = new Set(['but', 'and', 'because', 'so', 'although', 'though', 'while', 'whereas', 'since', 'which', 'who', 'when', 'if', 'unless', 'however', 'yet', 'as']);

/** Linking verbs and adverbs after which "so" is an intensifier ("was so slow"), not "so" as in "so I". */
const LINKING = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', "it's", "that's", 'seems', 'seemed', 'seem', 'looks', 'looked', 'sounds', 'sounded', 'feels', 'felt', 'just', 'not', 'really', 'got', 'become', 'became']);

/** Words after which "that" stands for a thing: a verb or modal follows a pronoun, not a conjunction. */
const PRONOUN_THAT_NEXT = new Set([...LINKING, '', 'would', 'will', 'could', 'might', 'may', "isn't", "wasn't", "doesn't", "didn't", "won't", "wouldn't", 'sounds', 'makes', 'made', 'does', 'did', 'has', 'had']);

/** A sum of money, with an optional article or owner: "the $25 an hour", "that £30k", "your 40k". */
const MONEY_AFTER = /^(?:(?:the|that|this|your|their|a|an)\s+)?(?:[$£€]\s?\d|\d[\d,.]*\s?k\b)/i;

const THEIR_FEELINGS = new Set(aimData.theirFeelings);
/** "your frustration", "their disappointment": the reader's own feeling, named in sympathy. */
export function theirFeeling(ctx: AnalysisContext, start: number, word: string): boolean {
  return THEIR_FEELINGS.has(word) && /\b(?:your|their)\s+$/i.test(ctx.masked.slice(Math.max(0, start - 7), start));
}

export const evaluativeWords = wordSet(aimData.evaluative);
export const neutralAimed = new Set(aimData.neutralAimed);
export const isFeeling = (w: string) => FEELINGS.has(w);

interface Word {
  w: string;
  start: number;
}

const WORD_RE = /[A-Za-z0-9]+(?:['-][A-Za-z0-9]+)*/g;

function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD_RE.exec(text)) !== null && m.index < to) out.push({ w: m[0].toLowerCase(), start: m.index });
  return out;
}

/** The clause around [start, end): inside its sentence, between , ; : ( ) dashes and clause words. */
export function clauseAround(ctx: AnalysisContext, start: number, end: number): Span {
  const sentence = ctx.sentenceAt(start) ?? { start: Math.max(0, start - 80), end: Math.min(ctx.masked.length, end + 80) };
  const text = ctx.masked;
  let from = sentence.start;
  for (let i = start - 1; i >= sentence.start; i--) {
    const c = text[i];
    if (c === ',' || c === ';' || c === ':' || c === '(' || c === ')' || c === '\u2014' || c === '\n') {
      from = i + 1;
      break;
    }
  }
  let to = sentence.end;
  for (let i = end; i < sentence.end; i++) {
    const c = text[i];
    if (c === ',' || c === ';' || c === ':' || c === '(' || c === ')' || c === '\u2014' || c === '.' || c === '!' || c === '?') {
      to = i;
      break;
    }
  }
  // Clause words: the nearest one before the match starts the clause, the nearest after ends it.
  const words = wordsIn(text, from, to);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!CLAUSE_WORDS.has(w.w)) continue;
    // "has been so disorganised": after a linking verb, "so" and "as" intensify; they start no clause.
    if ((w.w === 'so' || w.w === 'as') && i > 0 && LINKING.has(words[i - 1].w)) continue;
    // "take it as an insult": "as" before an article introduces a noun, not a clause.
    if (w.w === 'as' && i + 1 < words.length && (words[i + 1].w === 'a' || words[i + 1].w === 'an')) continue;
    if (w.start < start) from = w.start;
    else if (w.start >= end) {
      to = w.start;
      break;
    }
  }
  return { start: from, end: to };
}

export interface Aim {
  /** The reader's side the clause is about, if any (nearest mention to the word). */
  target?: Target;
  /** Who the clause's subject is: the first person mention in it. */
  subject?: 'writer' | 'them';
}

/**
 * Reads a clause: what of theirs it mentions and who its subject is. `at`: the word being judged.
 * The subject is the person mentioned nearest before the word ("things at my job were grim" is the
 * writer's; "I think your process is a mess" is theirs), or the first one when none comes before it.
 * When that is the writer, only what of theirs comes after the writer counts as the target: "with
 * the bonus so different, I would be worse off" judges the writer's own lot.
 */
export function aimOf(ctx: AnalysisContext, clause: Span, at: number): Aim {
  const words = wordsIn(ctx.masked, clause.start, clause.end);
  let first: Aim['subject'];
  let before: Aim['subject'];
  let writerAt = -1;
  const mentions: { them: Target; start: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const { w, start } = words[i];
    const prev = i > 0 ? words[i - 1].w : '';
    let them: Target | undefined;
    if (SECOND.has(w)) them = 'you';
    else if (THIRD.has(w)) them = 'people';
    else {
      const t = TARGET.get(w);
      // A noun of theirs: "the offer", "your process", "this role"; never "my schedule".
      const owned = SECOND.has(prev) || THIRD.has(prev) || (i >= 2 && (SECOND.has(words[i - 2].w) || THIRD.has(words[i - 2].w)) && !FIRST.has(prev));
      if (t && (owned || (!WEAK.has(w) && (OWNERS.has(prev) || (i >= 2 && OWNERS.has(words[i - 2].w) && !FIRST.has(prev)))))) them = t;
      // "that" is the role or offer as a pronoun ("that is not enough"), not as a conjunction ("warned us that a change...").
      else if (IT.has(w) && first === undefined && (w !== 'that' || PRONOUN_THAT_NEXT.has(words[i + 1]?.w ?? ''))) them = 'it';
    }
    const person = FIRST.has(w) ? 'writer' : them ? 'them' : undefined;
    if (person) {
      first ??= person;
      if (start < at) {
        before = person;
        if (person === 'writer') writerAt = start;
      }
    }
    if (them && !(FIRST.has(prev) || prev === 'our')) mentions.push({ them, start });
  }
  const subject = before ?? first;
  let target: Target | undefined;
  let targetDistance = Infinity;
  for (const { them, start } of mentions) {
    if (before === 'writer' && start < writerAt) continue;
    const d = Math.abs(start - at);
    // Prefer a specific noun over a bare "you" when both are near.
    const better = d < targetDistance || (target === 'you' && them !== 'you' && d < targetDistance + 30);
    if (better) {
      target = them;
      targetDistance = d;
    }
  }
  return { target, subject };
}

/** For a feeling word ("disappointed"): is it aimed at them ("disappointed with your process")? */
export function feelingAimedAt(ctx: AnalysisContext, end: number, clauseEnd: number): Target | undefined {
  const words = wordsIn(ctx.masked, end, Math.min(ctx.masked.length, end + 60)).slice(0, 4);
  if (words.length < 2 || !LINKS.has(words[0].w) || words[1].start >= clauseEnd + 40) return undefined;
  // "about how this went", "by the way you...": the words after "how" or "the way" say who.
  if ((words[1].w === 'how' || words[1].w === 'what' || (words[1].w === 'the' && words[2]?.w === 'way')) && words.length >= 3) {
    const rest = wordsIn(ctx.masked, words[words[1].w === 'the' ? 3 : 2]?.start ?? end, Math.min(ctx.masked.length, end + 60)).slice(0, 3);
    for (const r of rest) {
      if (SECOND.has(r.w)) return 'you';
      if (THIRD.has(r.w)) return 'people';
      if (TARGET.has(r.w)) return TARGET.get(r.w);
      if (IT.has(r.w)) return 'it';
      if (FIRST.has(r.w)) return undefined;
    }
    return undefined;
  }
  // A sum of money after the link is their figure: "insulted by the $25 an hour".
  if (MONEY_AFTER.test(ctx.masked.slice(words[1].start, words[1].start + 24))) return 'pay';
  // The word right after the link says who: "with your process", "by the offer", "that you never replied".
  const next = words[1].w;
  if (SECOND.has(next)) return words[2] && TARGET.get(words[2].w) ? TARGET.get(words[2].w) : 'you';
  if (THIRD.has(next)) return 'people';
  if (OWNERS.has(next) && words[2]) return TARGET.get(words[2].w) ?? (words[3] ? TARGET.get(words[3].w) : undefined);
  return TARGET.get(next);
}

const TARGET_LABEL: Record<Target, string> = {
  pay: 'the pay or offer',
  company: 'the company',
  role: 'the role',
  people: 'their people',
  process: 'the process',
  you: 'the reader',
  it: 'their side',
};

export function targetLabel(t: Target | undefined): string {
  return t ? TARGET_LABEL[t] : 'their side';
}
