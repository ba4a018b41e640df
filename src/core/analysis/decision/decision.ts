/**
 * What the writer decided, read a sentence at a time (cue words in decisions.json). One reader for
 * one fact: Rewrite Politely keeps the decision it finds, and the unclear-decision rule's model reads
 * whether it finds one (a decision stated plainly, in whatever wording, is not unclear).
 *
 * How a cue counts:
 * - A statement (decline, accepted elsewhere, stay in touch) counts when the writer says it of
 *   themselves: not negated ("I'm not declining"), not hedged ("I probably won't attend"), not
 *   inside an if/when/since clause ("if I withdrew", "after accepting the role"), not about someone
 *   else ("you declined"), and not a question asking whether to ("Should I withdraw?").
 *   Declines are read from the shape of a sentence as well as from set words: the writer, a
 *   negated verb of taking up, accepting, attending or needing, and the job, offer or interview
 *   as its object ("I no longer feel able to take up the position", "I won't take a job with").
 * - An offer from elsewhere taken up later counts as accepted elsewhere: "I've been offered a post
 *   at a university and have decided to accept it" (elsewhereOffers, then statements: accepts-it).
 *   Without an offer from elsewhere in the draft, "I've decided to accept it" decides nothing here.
 * - A request (reschedule, shorter call first, another role) counts when it is asked for: a
 *   question, or a sentence with a request marker ("could we", "I'd prefer", "instead"); it is
 *   read by its form ("what time would suit", "would it be okay to do the interview next week").
 *   An apology for it states it ("sorry for withdrawing so late"); thanks for it do not.
 *   A short call "instead" with no interview or meeting named moves the call: reschedule.
 * - Accepting a counter-offer or a promotion where the writer is is staying, not an offer accepted
 *   elsewhere. A hedged "maybe some other day" asks for no new time.
 *
 * Precedence, when several kinds are stated: accepted elsewhere, different role, shorter call
 * (first/before), reschedule (asked, or other times offered after the set one fails), decline,
 * shorter call (any), stay in touch, soft decline ("not looking right now": a decline, unless
 * hedged). A soft no with "but let's stay in touch" is stay in touch; a firm decline with it is
 * a decline.
 *
 * No decision, explicitly:
 * - hedged or still thinking ("I think I might have to say no?", "let me mull it over");
 * - mixed: a decline that asks to stay in the running, or is taken back later in the draft
 *   ("Then again, maybe a chat would help?");
 * - requests offered as one of several options with the choice handed to the reader, or two
 *   different requests in one draft (another time and another role): the person is asked which;
 * - conditions and ultimatums ("unless the salary moves", "If I don't hear back by Friday, I'll
 *   withdraw", "otherwise I'll take the other role");
 * - someone else's decision reported ("I received notice that I will not be considered");
 * - a start date moved ("allow me to join on the 1st of next month"), an answer deadline extended,
 *   a status chase, a salary question: none of these is a decision kind;
 * - nothing stated plainly: never a guess.
 *
 * Pure; works on the masked text of the message (quoted replies already blanked).
 */
import hedgeData from '../data/decision.json';
import { findAll, type Span } from '../phrases';
import { phraseList } from '../phraseSyntax';
import { quotedSpans, splitParagraphs, splitSentences } from '../text';
import data from './decisions.json';
import { declineShapes, OTHER_PARTY, rescheduleOffers, rescheduleShapes, type ShapeMatch } from './shape';
import shapeData from './shapes.json';

export type DecisionKind = 'accepted-elsewhere' | 'different-role' | 'shorter-call' | 'reschedule' | 'decline' | 'stay-in-touch';

type StatementKind = keyof typeof data.statements;
type RequestKind = keyof typeof data.requests;
const STATEMENTS = (Object.keys(data.statements) as StatementKind[]).map((kind) => ({ kind, re: phraseList(data.statements[kind]) }));
const REQUESTS = (Object.keys(data.requests) as RequestKind[]).map((kind) => ({ kind, re: phraseList(data.requests[kind]) }));
type SelfRequestKind = Exclude<keyof typeof data.requestStatements, '$comment'>;
const SELF_REQUESTS = (['reschedule', 'different-role', 'shorter-call'] as const satisfies readonly SelfRequestKind[]).map((kind) => ({ kind, re: phraseList(data.requestStatements[kind]) }));
const REQUEST_MARKER = phraseList(data.requestMarkers);
const REQUEST_HEDGE = phraseList(data.requestHedges);
const ALTERNATIVES = phraseList(data.alternatives);
const KEEP_IN_RUNNING = phraseList(data.keepInRunning.phrases);
const COUNTER_OFFERS = phraseList(data.counterOffers.phrases);
/** "I'm going to go ahead with the move": leaving anyway, read only in a draft that names a counter-offer. */
const COUNTER_OFFER_DECLINES = phraseList(data.counterOfferDeclines.phrases);
/** "I'd like to be considered for the language arts opening", in a reply to their no: another role. */
const AFTER_REJECTION_ROLES = phraseList(data.afterRejection.differentRole);
/** "obviously I've moved on": a no only to an offer on the table (OFFER_RECEIVED named in the draft). */
const OFFER_RECEIVED = phraseList(data.offerAnswers.offerReceived);
const OFFER_ANSWERS = phraseList(data.offerAnswers.phrases);
const UNDECIDED = phraseList(data.undecided.phrases);
const VAGUE_LATER = phraseList(data.vagueLater.phrases);
const REPLY_TO_REJECTION = phraseList(data.repliesToRejection);
/** "I've been offered a post at a university": an offer from elsewhere that a later "I've decided to accept it" takes up. */
const ELSEWHERE_OFFERS = phraseList(data.elsewhereOffers.phrases);
/** "Then again, maybe ...": a decline taken back later in the draft is mixed. */
const REVERSALS = phraseList(data.reversals.phrases);
/** "I wouldn't accept any offer without taking a few days": a condition after the words, not a decision. */
const CONDITION_AFTER = new RegExp(data.conditionAfter, 'i');
/** "I received notice that I will not be considered": someone else's decision, reported. */
const REPORTED = new RegExp(data.reported, 'i');
/** "If I don't hear back by Friday, I'll withdraw": an ultimatum, a condition opening the sentence, decides nothing yet. */
const LEADING_CONDITION = new RegExp(data.leadingCondition, 'i');
/** "Allow me to join on the 1st of next month": still joining, on another date. */
const START_DATE_MOVES = phraseList(data.startDateMoves.phrases);
const AVAILABLE = phraseList(data.offeredTimes.available);
const UNAVAILABLE = phraseList(data.offeredTimes.unavailable);
/** Words that make a statement sound undecided: one list, shared with the unclear-decision rule. */
const HEDGE = phraseList(hedgeData.hedges);
/** "the kind of challenge I'm after" is a noun, not the hedge "kind of torn". */
const NOUN_KIND = /\b(?:the|a|an|this|that|what|any|some|which|same|other|every|no)\s+$/i;
/** "After weighing everything": a deliberation that is over hedges nothing. */
const DONE_THINKING = /\b(?:after|having)\s+$/i;
const hedged = (text: string) =>
  findAll(HEDGE, text, 0, text.length).some((m) => {
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    return !(/^(?:kind|sort)\b/i.test(m[0]) && NOUN_KIND.test(before)) && !DONE_THINKING.test(before);
  });
const NEGATORS = new Set(data.negators);
const FIRST_PERSON = new Set(data.firstPerson);
const OTHER_SUBJECTS = new Set(data.otherSubjects);
const JUDGED_SUBJECTS = new Set(data.judgedSubjects.words);
/** "I'm considering withdrawing": thinking about it is not doing it. */
const CONTEMPLATING = phraseList(data.contemplating);
const DETERMINERS = new Set(data.determiners);
const AUXILIARIES = new Set(data.auxiliaries);
const WRITER_NOUNS = new Set(data.writerNouns);
const SUBORDINATE = new RegExp(data.subordinate, 'i');
const PAST_THANKS = new RegExp(data.pastThanks, 'i');
/** "sorry for not attending", "thank you for declining": the words are what the thanks or apology is about. */
const AFTER_FOR = new RegExp(data.afterFor, 'i');
/** "I apologise for withdrawing at this stage": an apology for what the writer is doing states it. */
const APOLOGY_FOR = new RegExp(data.apologyFor, 'i');
/** "sorry for pulling out last month" reports what was done before: it states nothing now. */
const APOLOGY_PAST = new RegExp(data.apologyPast, 'i');
/** "disappointed not to be joining": a feeling about their decision, not the writer's. */
const FEELINGS = new RegExp(data.feelings, 'i');
const FUTURE = new RegExp(data.future, 'i');
const FIRST_CUE = new RegExp(data.firstCue, 'i');
/** A shorter call stands in for an interview or a meeting: with none named, "a short call instead" moves the call. */
const INTERVIEW_NAMED = new RegExp(data.interviewNamed, 'i');
/** "first", "before": the call comes ahead of something else, so it is a shorter call first whatever it is called. */
const BEFORE_CUE = new RegExp(data.beforeCue, 'i');
const QUESTION_HEDGE = new RegExp(data.questionHedge, 'i');
const FIT = /\b(?:fit|match|for me|direction|right one)\b/i;
const NOT_NOW = /\b(?:time|timing|moment|now|year|currently)\b/i;
/** "After our first conversation", "since the initial call": a call that already happened. */
const PAST_CALL = /\b(?:after|since|during|in|from|following|on)\s+(?:our|the|my|your|that|this)\s*$/i;
/** "it wouldn't be fair to start a new job": a taking-up weighed, not done. */
const HYPOTHETICAL_TO = /\b(?:would|wouldn't|could|couldn't|might)\b[^,;.!?]*\bto\s*$/i;
/** "unable to accept your decision": what is refused is not the job, the offer or the interview. */
const NOT_THE_JOB = /^\s+(?:your|the|this|that|their|his|her)\s+(?:decision|rejection|feedback|apology|apologies|explanation|reasoning|excuse|reason|answer|terms\s+of\s+(?:the\s+)?rejection)\b/i;
/** "could I give you my answer by Friday", "my application has been moved to": a time for something that is not a meeting. */
const NOT_A_MEETING = /\b(?:answer|decision|response|reply|feedback|acceptance|application|candidacy|cv|résumé|resume|profile|details|file|(?:start|starting|joining)\s+date)\b/i;
/** "I won't be able to start on that date", "... start with your organisation next month as we agreed": the start date moves, the job stays. */
const START_WHEN = /^\s+(?:work\s+|my\s+job\s+|the\s+(?:job|role|position)\s+)?(?:with\s+(?:you|us|your\s+[\w-]+|the\s+[\w-]+)\s+|at\s+(?:your|the)\s+[\w-]+\s+)?(?:on|from|by|next|this\s+(?:month|week|monday|tuesday|wednesday|thursday|friday)|as\s+(?:we\s+)?(?:agreed|planned|scheduled)|until|before)\b/i;
/** "I can't come this weekend": a time that does not suit, with no interview or meeting named, is not a no to the job. */
const ONLY_A_TIME = /^\s+(?:in\s+|over\s+|by\s+)?(?:this|next|that|on|at|tomorrow|today|tonight|until|before|after)\b(?![^.!?;]*\b(?:interview|meeting|call|assessment|session|appointment|visit|panel|shift)\b)/i;
/** "part of me thinks I should stay put": a modal right before the words weighs them. */
const MODAL_BEFORE = /\b(?:should|might|may|could|ought\s+to)\s*$/i;
const HOPE_BEFORE = /[^\s.!?;:]\s*,?\s+and\s+(?:i|we)\s+(?:really\s+|do\s+|truly\s+)?hope\s+(?:that\s+)?(?:we\s+(?:can\s+|will\s+|could\s+)?|to\s+)?$/i;
/**
 * "Unless it gets worse, then maybe ...", "If the role turns out to be on site, I'll decline", "Should
 * it clash, I'd need to move it": a sentence that opens on a condition decides nothing in the clause
 * after it. A courtesy is no condition ("If possible, could we ...", "If I'm honest, ...").
 */
const LEADING_UNLESS = /^\s*(?:unless|should\s+(?:the|it|this|that|my|there|we|i))\b[^,;]*,/i;
const LEADING_IF = /^\s*(?:unless\b|(?:if|even\s+if|only\s+if|in\s+the\s+event\s+that)\b(?!\s+(?:possible|at\s+all\s+possible|convenient|needed|necessary|so|not|that'?s\s+(?:ok|okay|alright|all\s+right|fine)|it'?s\s+(?:ok|okay|alright|all\s+right|fine|possible|convenient)|that\s+is\s+(?:ok|okay|alright|fine)|you\s+(?:don't|do\s+not)\s+mind|i\s+may|i\s+might|i'?m\s+(?:honest|being\s+honest)|i\s+am\s+(?:honest|being\s+honest)|you\s+(?:can|could|would|will|are\s+able)|you\s+must\s+know|anything|it\s+helps|i\s+can|we\s+can)\b)|should\s+(?:the|it|this|that|my|your|there|they|you|we|i)\b)[^,;]*,(?![^,;]*\b(?:but|however|though|although)\b)/i;
/** "I don't want to work for you either": echoing their no (a reply to a rejection), not a decision of the writer's own. */
const ECHO = /^[^.!?;,]*\beither\s*(?:[.!?;,]|$)/i;
/** "cancelling the role altogether": a role, a vacancy or a search is the employer's to cancel. */
const EMPLOYER_CANCELS = /^cancel\w*\s+(?:the|this|that|your|their|its)\s+(?:[\w-]+\s+)?(?:role|position|job|vacancy|opening|post|requisition|project|search|hiring)\b/i;
/** "I won't be coming into the office on June 1": where the writer works, not a no to a job or an interview. */
const OFFICE_ONLY = /^\s+(?:in\s*to|to|in)\s+(?:the|your|our)\s+office\b(?![^.!?;]*\b(?:interview|meeting|assessment|session|appointment|visit|panel)\b)/i;
/** "remove my details from your files": a request about their records, not the writer leaving the process. */
const RECORDS = /^\s*(?:your|the|our|their)\s+(?:files?|records?|database|databases|systems?|servers?|crm)\b/i;
const TOLD_TO = /\b(?:told|tells|asked|asks|advised|advises|urged|urges|encouraged|pressured|pushing|begged|wants|wanted|expects|expected)\s+me\s+to\b/i;
const ULTIMATUM = /\b(?:or(?:\s+else)?|otherwise)\s*,?\s*(?:i'm|i\s+am|i'll|i\s+will|i'd|i\s+would|we'll|we\s+will)\s+(?:\w+\s+){0,2}$/i;
/** "I couldn't meet a June 30 deadline. Is there any flexibility on the date?": the date is a deadline's, not a meeting's. */
const DEADLINE = /\b(?:deadline|due\s+date|delivery\s+date|hand-?in|submission)\b/i;
const NEARLY = /\b(?:almost|nearly)\s+$/i;
/** "backing out of the post ... must have caused": the act is the subject of a sentence about its effects, done before. */
const GERUND_LEAD = /(?:^|\bthat|\bthen|[,;:])\s*$/i;
const PERFECT_EFFECT = /^[^.!?;]*?\b(?:(?:must|may|might|could|would|should|will)\s+have\s+(?:been|[a-z]+(?:ed|en))|was|were|had\s+been)\b/i;
/** "I won't be doing that" after "asking me to reimburse the flights": the pro-verb stands for what they asked. */
const PRO_VERB = /\b(?:do|doing)\s+(?:that|this|it|so)$/i;
const ASKED_TO = /\b(?:ask|asks|asking|asked|request|requests|requesting|requested|want|wants|expect|expects|expecting|require|requires|requiring)\s+(?:me|us)\s+to\s+([a-z]+)/gi;
const TAKING_PART = /^(?:attend|interview|come|join|accept|take|start|sign|complete|do|sit|travel|relocate|move|meet|speak|talk|present|prepare|proceed|continue|commit|work|go|be|submit|fill)$/i;
const TAIL_HEDGE = /^[^.!?,;]*,\s*(?:(?:but|though|although)\s+(?:i'm|i\s+am)\s+(?:still\s+)?not\s+(?:sure|certain)|maybe|perhaps|possibly|probably|i think|i don't think|i'm not sure|i guess|i suppose|if (?:that's|that is) (?:ok|okay|alright|all right|fine))\b/i;

/** Where the clause around `offset` starts: `strong` stops only at ; : and "but"; otherwise also at commas, "and", "so", "or". */
function clauseStart(text: string, from: number, offset: number, strong: boolean): number {
  const before = text.slice(from, offset);
  const re = strong ? /[;:()]|\s[-–—]\s|\b(?:but|however|although|though)\b/gi : /[,;:()]|\s[-–—]\s|\b(?:but|however|although|though|and|so|or)\b/gi;
  let at = 0;
  for (let m = re.exec(before); m; m = re.exec(before)) at = m.index + m[0].length;
  return from + at;
}

/** First-person words that are never the subject. */
const OBJECT_FORMS = new Set(['me', 'my', 'myself']);

const words = (s: string) => s.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];

/**
 * True when someone other than the writer is the subject of the words before a cue ("you declined",
 * "my partner has started"). `judged`: a soft decline the writer says of the role or the moment
 * ("this role isn't for me", "I've decided the timing is not right").
 */
function otherSubject(before: string[], judged = false, lookBack = true): boolean {
  let i = before.length - 1;
  while (i >= 0 && (AUXILIARIES.has(before[i]) || NEGATORS.has(before[i]))) i--;
  if (i < 0) return false;
  const w = before[i];
  if (FIRST_PERSON.has(w)) return false;
  if (judged && JUDGED_SUBJECTS.has(w)) return before.slice(0, i).some((x, k) => OTHER_SUBJECTS.has(x) && !JUDGED_SUBJECTS.has(x) && !(x === 'you' && before[k - 1] === 'thank'));
  if (OTHER_SUBJECTS.has(w)) return !(w === 'you' && before[i - 1] === 'thank');
  // "My decision is to decline", "the decision to withdraw": the writer's own decision, plan or answer.
  if (WRITER_NOUNS.has(w)) return false;
  // "the hiring manager has decided to cancel", "the other candidate withdrew": a noun with its determiner a few words back.
  // With the writer as a subject earlier in the clause, that noun is an object ("I've received an offer in my specialty and").
  for (let k = i - 1; lookBack && k >= Math.max(0, i - 3); k--) {
    if (DETERMINERS.has(before[k]) || before[k] === 'other' || before[k] === 'another') return !before.slice(0, k).some((x) => FIRST_PERSON.has(x) && !OBJECT_FORMS.has(x));
    if (FIRST_PERSON.has(before[k]) || AUXILIARIES.has(before[k])) return false;
  }
  return false;
}

interface Cue extends Span {
  kind: StatementKind | RequestKind;
  /** The sentence holds a "first", "before" or "instead": a shorter call in place of the interview. */
  first: boolean;
  /** The sentence puts the call ahead of something ("first", "before"), not only in place of it ("instead"). */
  ahead: boolean;
  /** A hedge somewhere in the sentence: enough to leave a soft "not looking right now" undecided. */
  hedgedSentence: boolean;
}

/**
 * The words before a cue open a subordinate clause ("If I withdraw", "after declining"), unless a
 * gerund's clause ends and the writer's own follows: "After weighing everything I've decided to".
 */
function subordinate(weak: string): boolean {
  const m = SUBORDINATE.exec(weak);
  if (!m) return false;
  const gerund = /\b[a-z]+ing$/i.test(m[0]);
  const rest = weak.slice(m.index + m[0].length);
  // "Before I heard back from you I had already said yes": the writer again, in a pluperfect, opens the main clause.
  if (/\b(?:i|we)(?:'d|\s+had)\s+already\b/i.test(rest)) return false;
  return !(gerund && words(rest).some((w) => FIRST_PERSON.has(w)));
}

/** Words between a negator and the verb it negates: "no longer able to take up", "not going to be". */
const NEGATION_GAP = new Set(['to', 'able', 'be', 'longer']);

/**
 * "I don't think I can start a new job": a negated verb of thinking before the writer's clause
 * negates that clause (the negation is raised), however many words stand between.
 */
const RAISED_NEGATION = /\b(?:don't|dont|do\s+not|didn't|didnt|did\s+not)\s+(?:really\s+|honestly\s+|actually\s+)?(?:think|believe|expect|imagine|suppose|reckon)\s+(?:that\s+)?(?:i|we)\b/i;

function negated(before: string[], cue: string, weak = ''): boolean {
  if (RAISED_NEGATION.test(weak)) return true;
  if (NEGATORS.has(words(cue)[0] ?? '')) return false;
  let end = before.length;
  while (end > 0 && NEGATION_GAP.has(before[end - 1])) end--;
  return before.slice(Math.max(0, end - 3), end).some((w) => NEGATORS.has(w)) || before.slice(-3).some((w) => NEGATORS.has(w));
}

const PAST_FORM = new RegExp(`^(?:[a-z]+ed|${shapeData.pastForms.join('|')})$`, 'i');
/** The writer, then a simple past form of the cue's verb: "I declined", "we turned it down" ("I have declined" is a statement now). */
function reportedPast(before: readonly string[], cue: string): boolean {
  const first = words(cue)[0] ?? '';
  const last = before[before.length - 1] ?? '';
  if (PAST_FORM.test(first) && FIRST_PERSON.has(last) && !/'(?:ve|d)$/.test(last)) return true;
  // "I was unable to accept it", "I was not able to attend".
  return (NEGATORS.has(first) || first === 'unable' || first === 'not') && /^(?:was|were)$/.test(last) && FIRST_PERSON.has(before[before.length - 2] ?? '');
}

/** Subjects for nearestOther: "it" is left out ("it's best that I withdraw"). */
const PERSONS = new Set([...OTHER_SUBJECTS].filter((w) => !/^it/.test(w)));

/** The last person named in the clause before the words is someone else: "You were right to withdraw the offer". */
function nearestOther(before: readonly string[]): boolean {
  for (let i = before.length - 1; i >= 0; i--) {
    if (FIRST_PERSON.has(before[i])) return false;
    if (PERSONS.has(before[i])) return !(before[i] === 'you' && before[i - 1] === 'thank');
  }
  return false;
}

/** "... and stay", "and remain where I am": the writer stays (staying in touch is not staying). */
const STAYING_AFTER = /^[^.!?;]{0,40}?\b(?:and|to)\s+(?:stay|remain)\b(?!\s+(?:in\s+touch|connected|in\s+contact))/i;

/** Words that may stand between "and" and its verb without being a subject: auxiliaries, negators, adverbs. */
const subjectless = (before: readonly string[]) => before.every((w) => AUXILIARIES.has(w) || NEGATORS.has(w));

/**
 * True when the words before a cue are only "and" and auxiliaries ("... and had taken a job") and the
 * clause before the "and" opens on someone other than the writer ("my husband", "she", "the company").
 */
function sharedOtherSubject(masked: string, sentenceStart: number, cueStart: number, before: readonly string[]): boolean {
  if (!subjectless(before)) return false;
  const weak = clauseStart(masked, sentenceStart, cueStart, false);
  const lead = masked.slice(sentenceStart, weak);
  if (!/\band\s*$/i.test(lead)) return false;
  const head = lead.replace(/\band\s*$/i, '');
  const opening = words(masked.slice(clauseStart(masked, sentenceStart, sentenceStart + head.length, false), sentenceStart + head.length));
  const first = opening[0];
  if (first === undefined || FIRST_PERSON.has(first) && !OBJECT_FORMS.has(first)) return false;
  if (OTHER_SUBJECTS.has(first)) return !(first === 'it' || first === "it's");
  // "my husband", "our manager", "the company": a noun phrase with a determiner or a possessive, before any verb.
  return (DETERMINERS.has(first) || first === 'my' || first === 'our') && opening.length > 1 && !FIRST_PERSON.has(opening[1]) && !AUXILIARIES.has(opening[1]);
}

/** The cues of one sentence that pass the checks for their sort (statement or request). */
/** A decline that ends the candidacy ("withdraw", "pull out", "remove me"), not only a meeting ("cancel the interview"). */
const LEAVING = /\b(?:withdraw\w*|withdrew|pull\w*\s+(?:out|my|myself)|drop\w*\s+out|bow\w*\s+out|back\w*\s+out|step\w*\s+(?:back|away|aside|out)|remove|out\s+of\s+the\s+(?:running|process)|no\s+longer\s+(?:interested|looking|a\s+candidate))\b/i;

/** What the whole draft says, which some cues of one sentence depend on. */
interface DraftContext {
  /** The draft says the set time does not work: a time it proposes is another one. */
  conflict: boolean;
  /** The draft names a counter-offer or a promotion to stay. */
  counterOffer: boolean;
  /** The draft replies to their no. */
  rejected: boolean;
  /** The draft names an offer the writer received. */
  offerReceived: boolean;
  /** The draft names an interview, an assessment or a meeting. */
  interviewNamed: boolean;
}

/** What the writer was asked to do, nearest before `at` in the last few sentences ("asking me to reimburse the flights"). */
function askedVerb(masked: string, from: number, at: number): string | undefined {
  const window = masked.slice(Math.max(from, at - 300), at);
  let verb: string | undefined;
  for (const m of window.matchAll(ASKED_TO)) verb = m[1];
  return verb;
}

function sentenceCues(masked: string, s: Span, quotes: readonly Span[], draft: DraftContext, from: number): Cue[] {
  const { conflict } = draft;
  const text = masked.slice(s.start, s.end);
  const question = /\?["')\]]*\s*$/.test(text);
  const out: Cue[] = [];
  const inQuote = (start: number, end: number) => quotes.some((q) => start < q.end && q.start < end);
  const context = (start: number) => {
    const weak = clauseStart(masked, s.start, start, false);
    const strong = clauseStart(masked, s.start, start, true);
    return { weak: masked.slice(weak, start), strong: masked.slice(strong, start), before: words(masked.slice(weak, start)) };
  };
  const first = FIRST_CUE.test(text);
  const ahead = BEFORE_CUE.test(text);
  const hedgedSentence = hedged(text);
  const has = (re: RegExp) => findAll(re, text, 0, text.length).length > 0;
  const counterOffer = has(COUNTER_OFFERS);
  const vagueLater = has(VAGUE_LATER);
  // The shapes of a decline (shape.ts) are read like the decline cues, and pass the same checks.
  const statements: { kind: StatementKind; find: (from: number, to: number) => ShapeMatch[] }[] = [
    ...STATEMENTS.map(({ kind, re }) => ({ kind, find: (from: number, to: number) => findAll(re, masked, from, to) })),
    { kind: 'decline', find: (from, to) => declineShapes(masked, from, to) },
    ...(draft.offerReceived ? [{ kind: 'decline' as const, find: (from: number, to: number) => findAll(OFFER_ANSWERS, masked, from, to) }] : []),
    ...(draft.counterOffer ? [{ kind: 'decline' as const, find: (from: number, to: number) => findAll(COUNTER_OFFER_DECLINES, masked, from, to) }] : []),
  ];
  for (const { kind, find } of statements) {
    for (const m of find(s.start, s.end)) {
      const start = m.index;
      const end = Math.min(s.end, start + m[0].length);
      if (inQuote(start, end)) continue;
      if ((kind === 'accepted-elsewhere' || kind === 'accepts-it') && counterOffer) continue;
      if (kind === 'accepted-elsewhere' && HYPOTHETICAL_TO.test(masked.slice(clauseStart(masked, s.start, start, false), start))) continue;
      if ((kind === 'decline' || kind === 'soft-decline') && NOT_THE_JOB.test(masked.slice(start + m[0].length, s.end))) continue;
      if (kind === 'decline' && /\b(?:come|coming|make|making)$/i.test(m[0]) && ONLY_A_TIME.test(masked.slice(start + m[0].length, s.end))) continue;
      if ((kind === 'decline' || kind === 'soft-decline') && MODAL_BEFORE.test(masked.slice(Math.max(s.start, start - 20), start))) continue;
      const verb = kind === 'decline' ? /\b(?:start|begin)\b/i.exec(m[0]) : null;
      if (verb && START_WHEN.test(masked.slice(start + verb.index + verb[0].length, s.end))) continue;
      // "I've decided to take a pass on the opportunity" takes nothing up.
      if (kind === 'accepted-elsewhere' && /\b(?:pass|look|break|moment|chance)\b/i.test(masked.slice(start, Math.min(s.end, end + 8)))) continue;
      const c = context(start);
      // "sorry for withdrawing" states it; "sorry for not attending" and "thank you for declining" do not.
      const apology = APOLOGY_FOR.test(c.weak) && !NEGATORS.has(words(m[0])[0] ?? '') && !APOLOGY_PAST.test(masked.slice(end, s.end));
      const aboutIt = AFTER_FOR.test(c.weak) && !apology;
      const judged = kind === 'soft-decline' && (FIRST_PERSON.has(c.before[0] ?? '') || /\b(?:for|to) me\b/i.test(masked.slice(start, s.end)));
      const declining = kind === 'decline' || kind === 'soft-decline';
      if (declining && (CONDITION_AFTER.test(masked.slice(end, s.end)) || REPORTED.test(masked.slice(s.start, start)))) continue;
      // "I declined yours last summer", "I was unable to accept it": a past after the writer reports a no said before, not one said now.
      if (declining && reportedPast(c.before, m[0])) continue;
      // "decided not to move forward with another company": the no is to someone else.
      if (kind === 'decline' && OTHER_PARTY.test(masked.slice(end, s.end))) continue;
      // "Match it by Friday or I'm signing with them": an ultimatum's second half waits on the first.
      if (ULTIMATUM.test(masked.slice(s.start, start))) continue;
      // "I don't want to work for you either": an echo of their no.
      if (declining && ECHO.test(masked.slice(end, s.end))) continue;
      if (kind === 'decline' && EMPLOYER_CANCELS.test(masked.slice(start, s.end))) continue;
      if (kind === 'decline' && /\b(?:come|coming)$/i.test(m[0]) && OFFICE_ONLY.test(masked.slice(end, s.end))) continue;
      if (kind === 'decline' && RECORDS.test(masked.slice(end, s.end))) continue;
      // "I can't make the June 30 deadline": a deadline missed is not a no to the job.
      if (kind === 'decline' && /\bmak\w*\s+(?:the|that|this|a|my|our|your)\s+(?:[\w-]+\s+){0,3}?deadline\b/i.test(masked.slice(start, s.end))) continue;
      // "I almost didn't come, but I did": a no nearly said is a yes.
      // "My friend told me to just say I withdraw": someone else's wish for the writer, not the writer's act.
      if (declining && TOLD_TO.test(c.weak)) continue;
      if (declining && NEARLY.test(masked.slice(Math.max(s.start, start - 12), start))) continue;
      if (declining && /^[a-z]+ing\b/i.test(m[0]) && GERUND_LEAD.test(masked.slice(s.start, start)) && PERFECT_EFFECT.test(masked.slice(end, s.end))) continue;
      if (kind === 'decline' && PRO_VERB.test(m[0])) {
        const verb = askedVerb(masked, from, start);
        if (verb && !TAKING_PART.test(verb)) continue;
      }
      // "You were right to withdraw the offer": the nearest person before the words is someone else.
      if (declining && nearestOther(c.before)) continue;
      if (LEADING_CONDITION.test(masked.slice(s.start, start)) || LEADING_IF.test(masked.slice(s.start, start))) continue;
      if (negated(c.before, m[0], c.weak) || otherSubject(c.before, judged, !words(m[0]).some((w) => FIRST_PERSON.has(w) && !OBJECT_FORMS.has(w))) || subordinate(c.weak) || PAST_THANKS.test(c.weak) || aboutIt || FEELINGS.test(c.weak)) continue;
      // "my husband had been made redundant and had taken a job": a verb after "and" without a subject of its own shares the one before.
      if (sharedOtherSubject(masked, s.start, start, c.before)) continue;
      // "I've decided to accept their offer and stay": the offer accepted is the one that keeps the writer where they are.
      if ((kind === 'accepted-elsewhere' || kind === 'accepts-it') && STAYING_AFTER.test(masked.slice(end, s.end))) continue;
      // Hedges reach to the nearest comma, "and" or "so": "After going back and forth, I have decided to withdraw" is decided.
      // "After weighing everything, I've decided": thinking that is over does not hedge what follows.
      const contemplating = findAll(CONTEMPLATING, c.weak, 0, c.weak.length).some((h) => !DONE_THINKING.test(c.weak.slice(0, h.index)));
      if (hedged(c.weak) || contemplating || TAIL_HEDGE.test(masked.slice(end, s.end))) continue;
      if (question && (QUESTION_HEDGE.test(text) || hedged(text))) continue;
      out.push({ kind, start, end, first, ahead, hedgedSentence });
    }
  }
  const asked = question || findAll(REQUEST_MARKER, text, 0, text.length).length > 0;
  const requests: { kind: RequestKind; self: boolean; find: (from: number, to: number) => RegExpExecArray[] }[] = [
    ...REQUESTS.map(({ kind, re }) => ({ kind, self: false, find: (from: number, to: number) => findAll(re, masked, from, to) })),
    ...SELF_REQUESTS.map(({ kind, re }) => ({ kind, self: true, find: (from: number, to: number) => findAll(re, masked, from, to) })),
    // The shapes of asking for another time (shape.ts), as requests with the same checks.
    { kind: 'reschedule', self: false, find: (from, to) => rescheduleShapes(masked, from, to, conflict) },
    { kind: 'reschedule', self: true, find: (from, to) => rescheduleOffers(masked, from, to, conflict) },
    ...(draft.rejected ? [{ kind: 'different-role' as const, self: true, find: (from: number, to: number) => findAll(AFTER_REJECTION_ROLES, masked, from, to) }] : []),
  ];
  for (const { kind, find, self } of requests) {
    if (!asked && !self) continue;
    if (kind === 'different-role' && FUTURE.test(text)) continue;
    if (kind === 'reschedule' && vagueLater) continue;
    for (const m of find(s.start, s.end)) {
      const start = m.index;
      const end = Math.min(s.end, start + m[0].length);
      // "paper-pushing that": the end of a hyphenated word, not the verb.
      if (inQuote(start, end) || masked[start - 1] === '-') continue;
      if (kind === 'reschedule' && NOT_A_MEETING.test(masked.slice(Math.max(s.start, start - 25), end))) continue;
      if (kind === 'reschedule' && DEADLINE.test(masked.slice(Math.max(from, s.start - 100), s.end)) && !/\b(?:interview|call|meeting|appointment|chat)\b/i.test(masked.slice(s.start, s.end))) continue;
      const c = context(start);
      if (negated(c.before, m[0]) || PAST_THANKS.test(c.weak) || findAll(REQUEST_HEDGE, c.strong, 0, c.strong.length).length > 0) continue;
      // "After our first conversation I realised ...": a call that already happened is not one asked for.
      if (kind === 'shorter-call' && PAST_CALL.test(c.weak)) continue;
      // "Could we set up that first conversation?": a first call with nothing named for it to come before is the usual first step, not a shorter one.
      if (kind === 'shorter-call' && /^(?:first|initial)\b/i.test(m[0]) && !draft.interviewNamed) continue;
      // A request under a condition of the reader's ("If you are still willing to meet, could we ...") still asks; one under "unless" or "should it clash" does not.
      if (LEADING_UNLESS.test(masked.slice(s.start, start))) continue;
      out.push({ kind, start, end, first, ahead, hedgedSentence });
    }
  }
  return out;
}

/** "I can't make Monday. I'm free on Wednesday": other times offered because the set one does not work. */
function offeredTimes(masked: string, from: number, to: number, quotes: readonly Span[]): { value: DecisionKind; start: number; end: number } | undefined {
  const outside = (m: RegExpExecArray) => !quotes.some((q) => m.index < q.end && q.start < m.index + m[0].length);
  const forMeeting = (m: RegExpExecArray) => !DEADLINE.test(masked.slice(Math.max(from, m.index - 100), m.index + m[0].length)) || /\b(?:interview|call|meeting|appointment|chat)\b/i.test(masked.slice(Math.max(from, m.index - 100), m.index + m[0].length));
  const offer = findAll(AVAILABLE, masked, from, to).find((m) => outside(m) && forMeeting(m));
  if (!offer || !findAll(UNAVAILABLE, masked, from, to).some(outside)) return undefined;
  return { value: 'reschedule', start: offer.index, end: offer.index + offer[0].length };
}

/** The decision stated in [from, to) of `masked`, with the span of the words that state it; undefined when none is stated plainly. */
export function findDecision(masked: string, from: number, to: number): { value: DecisionKind; start: number; end: number } | undefined {
  if (to <= from) return undefined;
  const quotes = quotedSpans(masked, from, to);
  const cues: Cue[] = [];
  // The draft says the set time does not work: a time it proposes is another one.
  const outsideQuotes = (m: RegExpExecArray) => !quotes.some((q) => m.index < q.end && q.start < m.index + m[0].length);
  const draft: DraftContext = {
    conflict: findAll(UNAVAILABLE, masked, from, to).some(outsideQuotes),
    counterOffer: findAll(COUNTER_OFFERS, masked, from, to).some(outsideQuotes),
    rejected: findAll(REPLY_TO_REJECTION, masked, from, to).some(outsideQuotes),
    offerReceived: findAll(OFFER_RECEIVED, masked, from, to).some(outsideQuotes),
    interviewNamed: INTERVIEW_NAMED.test(masked.slice(from, to)),
  };
  for (const p of splitParagraphs(masked, from, to)) for (const s of splitSentences(masked, p)) cues.push(...sentenceCues(masked, s, quotes, draft, from));
  const firstOf = (kind: Cue['kind'], test: (c: Cue) => boolean = () => true) => cues.find((c) => c.kind === kind && test(c));
  const pick = (kind: DecisionKind, c: Cue | undefined) => (c ? { value: kind, start: c.start, end: c.end } : undefined);
  const undecidedRequests = findAll(ALTERNATIVES, masked, from, to).length > 0;
  const outside = (m: RegExpExecArray) => !quotes.some((q) => m.index < q.end && q.start < m.index + m[0].length);
  const mixed = findAll(KEEP_IN_RUNNING, masked, from, to).some(outside);
  // "Let me mull it over": still thinking, so a soft no or a wish to keep in touch decides nothing.
  const undecided = findAll(UNDECIDED, masked, from, to).some(outside);
  // "I've been offered a post at a university and have decided to accept it": "it" is the offer from elsewhere.
  const offers = findAll(ELSEWHERE_OFFERS, masked, from, to).filter(outside);
  const accepted = firstOf('accepted-elsewhere') ?? firstOf('accepts-it', (c) => offers.some((o) => o.index < c.start));
  // Two kinds that cannot both hold: the writer leaves the process (accepted elsewhere, withdrawn) and asks for a step in it
  // (another time, a shorter call). Which one they mean is theirs to say: a wrong kind would rewrite their decision into another.
  const leaves = accepted ?? firstOf('decline', (c) => LEAVING.test(masked.slice(c.start, c.end)));
  if (leaves && !undecidedRequests && (firstOf('reschedule') || firstOf('shorter-call') || offeredTimes(masked, from, to, quotes))) return undefined;
  if (accepted) return pick('accepted-elsewhere', accepted);
  if (!undecidedRequests) {
    const role = pick('different-role', firstOf('different-role'));
    const call = ((c) => (c && !c.ahead && !INTERVIEW_NAMED.test(masked.slice(from, to)) ? pick('reschedule', c) : pick('shorter-call', c)))(firstOf('shorter-call', (c) => c.first));
    const later = pick('reschedule', firstOf('reschedule')) ?? offeredTimes(masked, from, to, quotes);
    const asked = [role, call, later].filter((r) => r !== undefined);
    // Two different things asked for ("Could we move it to Friday? Or could I be considered for the other opening?"): which one the writer wants is theirs to say.
    if (new Set(asked.map((r) => r.value)).size > 1) return undefined;
    const request = role ?? call ?? later;
    if (request) return request;
  }
  // A decline the writer takes back later ("Then again, maybe ...") or beside a request to start on another date decides nothing.
  const takenBack = (c: Cue) => findAll(REVERSALS, masked, c.end, to).some(outside);
  const startsLater = findAll(START_DATE_MOVES, masked, from, to).some(outside);
  const decline = firstOf('decline');
  if (decline) return mixed || startsLater || takenBack(decline) ? undefined : pick('decline', decline);
  if (!undecidedRequests) {
    // A short call with no interview or meeting in the draft stands in for nothing: "Would you have time for a short call?" about an offer's terms.
    const call = firstOf('shorter-call');
    if (call && INTERVIEW_NAMED.test(masked.slice(from, to))) return pick('shorter-call', call);
  }
  if (undecided) return undefined;
  // A plain no about fit ("the role isn't the right fit for me") beside a wish to stay in touch is still a no;
  // a not-now ("I can't give it the time this year") with one is staying in touch.
  const fitNo = firstOf('soft-decline', (c) => !c.hedgedSentence && FIT.test(masked.slice(c.start, c.end)) && !NOT_NOW.test(masked.slice(c.start, c.end)));
  if (fitNo && !mixed && !startsLater && !takenBack(fitNo)) return pick('decline', fitNo);
  // "I'll make sure the handover is thorough, and I hope we stay in touch": a hope added to other
  // business is a courtesy; staying in touch is the decision beside a not-now, or said for itself.
  const closingHope = (c: Cue) => HOPE_BEFORE.test(masked.slice(Math.max(from, c.start - 200), c.start)) && !firstOf('soft-decline');
  const stay = firstOf('stay-in-touch', (c) => !closingHope(c));
  // Hoping to stay in touch after they said no is a reply to a rejection, not a decision.
  if (stay) return findAll(REPLY_TO_REJECTION, masked, from, to).length > 0 ? undefined : pick('stay-in-touch', stay);
  const soft = firstOf('soft-decline', (c) => !c.hedgedSentence);
  if (soft) return mixed || startsLater || takenBack(soft) ? undefined : pick('decline', soft);
  return undefined;
}
