/**
 * The sentence shapes of a decision (shapes.json), compiled: the writer as subject, the words that
 * may stand between a subject and its verb, then a verb of declining ("I have decided to reject the
 * offer") or a negated verb of taking part ("I'm no longer able to commit"). Word classes rather than
 * phrases, so a no in wording that no cue of decisions.json names is still read. A match gives the
 * span of the verb part (from the negator, when there is one): the checks of decision.ts read the
 * words before it as they do for every cue.
 */
import { findAll } from '../phrases';
import { compilePhrase } from '../phraseSyntax';
import data from './shapes.json';

/** Between words: whitespace, after an optional comma (as in the phrase syntax). */
const SEP = '[,;:]?\\s+';
const byLength = (a: string, b: string) => b.length - a.length;
const oneOf = (list: readonly string[]) => `(?:${[...list].sort(byLength).map(compilePhrase).join('|')})`;
const entries = (list: readonly { phrase: string }[]) => `(?:${list.map((e) => compilePhrase(e.phrase)).join('|')})`;

const WRITER = oneOf(data.writer);
const BETWEEN = `(?:${SEP}${oneOf(data.between)}){0,6}`;
const NEGATOR = oneOf(data.negators);
const AFTER_NEGATOR = `(?:${SEP}${oneOf(data.afterNegator)}){0,5}`;
const END = "(?![A-Za-z0-9_'\\u00C0-\\u024F])";

/** Group 1 is the verb part, always at the end of the match. */
const SHAPE = new RegExp(
  `\\b${WRITER}${BETWEEN}${SEP}(${entries(data.declineVerbs)}|${NEGATOR}${AFTER_NEGATOR}${SEP}${entries(data.engageVerbs)})${END}`,
  'gi',
);

/** A no given as the answer: "this is a no from me". */
const ANSWERS = new RegExp(`(?:${entries(data.answers)})${END}`, 'gi');

/** A past form: "I turned down a real offer for this" reports what was done before; only "have" makes it a statement now. */
const PAST = new RegExp(`^(?:[a-z]+ed|${data.pastForms.join('|')})$`, 'i');
const PERFECT = /\b(?:have|i've|ive|we've)(?:\s+(?:ever|already|now|just|since|also))*$/i;
/** "not to move forward with another company": the no is to someone else. */
export const OTHER_PARTY = /^[^.!?\n]{0,30}?\b(?:with|from|at|to|for)\s+(?:another|a\s+different|a\s+new|other|the\s+other|an\s+other)\b/i;

/** A match's start and words: what the checks of decision.ts read (a RegExpExecArray is one). */
export interface ShapeMatch {
  index: number;
  0: string;
}

/** The verb parts of the decline shapes in [from, to) of `text`, and the answers ("this is a no from me"). */
export function declineShapes(text: string, from: number, to: number): ShapeMatch[] {
  const stated = (m: RegExpExecArray) => {
    const lead = m[0].slice(0, m[0].length - m[1].length).trimEnd();
    const first = /^[\w']+/.exec(m[1])?.[0] ?? '';
    if (PAST.test(first) && !PERFECT.test(lead)) return false;
    // "... and be done with it": finishing a thing, not leaving it.
    if (/^done\s+with\s+it$/i.test(m[1]) && /\bbe$/i.test(lead)) return false;
    return !OTHER_PARTY.test(text.slice(m.index + m[0].length, to));
  };
  const verbs = findAll(SHAPE, text, from, to)
    .filter(stated)
    .map((m): ShapeMatch => ({ index: m.index + m[0].length - m[1].length, 0: m[1] }));
  return [...findAll(ANSWERS, text, from, to), ...verbs].sort((a, b) => a.index - b.index);
}

const fill = (phrase: string) => compilePhrase(phrase.replace(/\{time\}/g, data.rescheduleTime).replace(/\{meeting\}/g, data.rescheduleMeeting));
const RESCHEDULE = new RegExp(`(?:${data.rescheduleShapes.map((e) => fill(e.phrase)).join('|')})${END}`, 'gi');
const ALTERNATIVE = new RegExp(data.rescheduleAlternative, 'i');
/** Moving a named meeting ("delay the interview", "move the call to Friday") needs no other word: it asks for another time by itself. */
const MOVES = new RegExp(`^(?:${fill(data.rescheduleShapes[0].phrase)}|${data.rescheduleMoves})`, 'i');

/**
 * The reschedule shapes in [from, to) of `text` (one sentence). `conflict`: the draft says the set
 * time does not work, so a proposed time is another one.
 */
export function rescheduleShapes(text: string, from: number, to: number, conflict: boolean): RegExpExecArray[] {
  const sentence = text.slice(from, to);
  return findAll(RESCHEDULE, text, from, to).filter((m) => conflict || ALTERNATIVE.test(sentence) || MOVES.test(m[0]));
}

const OFFERS = new RegExp(`(?:${data.rescheduleOffers.map((e) => fill(e.phrase)).join('|')})${END}`, 'gi');

/** "instead", "rather": the time said replaces the set one ("also free ... if another time is easier" is a courtesy). */
const INSTEAD = /\b(?:instead|rather)\b/i;

/** Another time said rather than asked for ("I'm available Thursday instead"): beside "instead", or when the set time does not work. */
export function rescheduleOffers(text: string, from: number, to: number, conflict: boolean): RegExpExecArray[] {
  return conflict || INSTEAD.test(text.slice(from, to)) ? findAll(OFFERS, text, from, to) : [];
}
