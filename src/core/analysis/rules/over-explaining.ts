/**
 * over-explaining: a body over the word limit, reasons stacked up, personal details that need
 * not be shared, or a defensive/apologetic passage. Findings point at the sentences concerned.
 */
import personalData from '../data/personal.json';
import { DEFAULT_MAX_BODY_WORDS, type AnalysisContext } from '../context';
import { compileIndexed, findAll, matchedIndex } from '../phrases';
import { apologies, defensive, reasonCount, reasons, WARM_SENTENCE } from '../signals';
import { countWords, type Sentence } from '../text';
import type { RawFinding, Rule } from './rule';

const PERSONAL = compileIndexed(personalData.details.map((d) => d.pattern));
/** Words outside thanks and good wishes above which a draft explains too much (chosen on the dev corpus). */
const MAX_EXPLANATION_WORDS = 100;
/** A defensive or apologetic sentence longer than this is a passage on its own. */
const LONG_SENTENCE_WORDS = 30;

export const overExplaining: Rule = {
  id: 'over-explaining',
  title: "Over-explaining",
  defaultSeverity: 'warning',
  docs: {
    summary: `Reasons about two or more different things (another offer and the commute, the pay and the hours), private detail the reader does not need (a named illness, money troubles, salary figures), a defensive passage, or a long explanation besides the thanks and good wishes. One short, neutral reason is fine, and so is a warm letter: only a body over the limit (${DEFAULT_MAX_BODY_WORDS} words by default) counts as too long by length alone.`,
    why: "A decline needs no justification, and every extra reason is something the reader can argue with or remember. One short, neutral reason at most keeps it brief and private.",
    example: "I have accepted another offer. Also, the commute would be long, and my partner is starting a new job.",
    fix: "Keep at most one short, neutral reason (\"I have accepted another offer\") and remove the rest, along with private details and figures.",
  },
  check(ctx: AnalysisContext): RawFinding[] {
    const out: RawFinding[] = [];
    // One finding per sentence; a sentence with several problems names them all.
    const flagged = new Map<number, RawFinding>();
    const flag = (s: Sentence, message: string) => {
      const f = flagged.get(s.start);
      if (f) {
        if (!f.message.includes(message)) f.message = `${f.message} Also: ${message[0].toLowerCase()}${message.slice(1)}`;
        return;
      }
      const finding = { start: s.start, end: s.end, message };
      flagged.set(s.start, finding);
      out.push(finding);
    };

    // Personal details: one finding per sentence, naming what the detail is about.
    for (const m of findAll(PERSONAL, ctx.masked, ctx.body.start, ctx.body.end)) {
      if (ctx.inQuote(m.index, m.index + m[0].length)) continue;
      const s = ctx.sentenceAt(m.index);
      const about = personalData.details[matchedIndex(m, PERSONAL)]?.about ?? 'personal life';
      if (s) flag(s, `Personal detail (${about}) the reader does not need: leave it out.`);
    }

    // Stacked reasons: reasons about different things (another offer and the commute and the pay).
    const given = reasons(ctx);
    const total = reasonCount(ctx);
    if (total > ctx.options.maxReasons) {
      const list = given.map((r) => r.about).join(', ');
      for (const r of total > given.length ? given : given.slice(ctx.options.maxReasons)) {
        flag(r.sentence, `${total} reasons given (${list}${total > given.length ? ' and more' : ''}): one short, neutral reason is enough.`);
      }
    }

    // Defensive or apologetic passages: two or more such sentences, or one long one.
    const defensiveSentences = new Set(defensive(ctx).map((d) => ctx.sentenceAt(d.start)).filter((s): s is Sentence => s !== undefined));
    const apologetic = new Set(apologies(ctx).map((a) => ctx.sentenceAt(a.start)).filter((s): s is Sentence => s !== undefined));
    const passage = new Set([...defensiveSentences, ...apologetic]);
    for (const s of passage) {
      const long = countWords(ctx.masked, s.start, s.end) > LONG_SENTENCE_WORDS;
      if (long || (defensiveSentences.has(s) && (defensiveSentences.size >= 2 || passage.size >= 3))) {
        flag(s, 'Defensive or apologetic passage: state the decision without justifying it.');
      }
    }

    // Explanation: many words outside the thanks and good wishes, whatever the reasons are. Only
    // drafts within the length limit need it (longer ones are reported for length below).
    if (ctx.bodyWords > MAX_EXPLANATION_WORDS && ctx.bodyWords <= ctx.options.maxBodyWords) {
      let explaining = 0;
      let firstPast: Sentence | undefined;
      for (const s of ctx.sentences) {
        if (WARM_SENTENCE.test(ctx.masked.slice(s.start, s.end))) continue;
        explaining += countWords(ctx.masked, s.start, s.end);
        if (explaining > MAX_EXPLANATION_WORDS && firstPast === undefined) firstPast = s;
      }
      if (firstPast !== undefined) {
        out.push({
          start: firstPast.start,
          end: ctx.body.end,
          message: `${explaining} words of explanation besides the thanks and good wishes: the decision and one reason need far fewer. Cut from here.`,
        });
      }
    }

    // Length: point at the sentences past the limit.
    const max = ctx.options.maxBodyWords;
    if (ctx.bodyWords > max) {
      // Segments only as far as the limit; the finding runs from there to the end of the body.
      let words = 0;
      let firstOver: Sentence | undefined;
      for (const s of ctx.eachSentence()) {
        words += countWords(ctx.masked, s.start, s.end);
        if (words > max) {
          firstOver = s;
          break;
        }
      }
      out.push({
        start: firstOver ? firstOver.start : ctx.body.start,
        end: ctx.body.end,
        message: `The body has ${ctx.bodyWords} words; keep it under ${max}. Cut from here.`,
      });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
