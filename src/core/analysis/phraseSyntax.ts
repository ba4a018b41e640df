/**
 * A small phrase syntax for the readable phrase data (data/*.json), compiled to regular-expression
 * sources that phrases.ts joins into one fast regex per list:
 *
 *   word            the word itself (case-insensitive); a space matches any run of whitespace,
 *                   with an optional comma, semicolon or colon before it
 *   (a|b c|d)       one of the alternatives (each may be several words)
 *   [very]          optional words: "[very|really] rude" matches "rude", "very rude", "really rude"
 *   insult~         the word and its inflections: plural, -s, -ed, -ing, -er, -est ("clown~" = clown, clowns)
 *   *               any one word
 *   appreciat*      a word that starts so: appreciate, appreciated, appreciation (the stem, then any letters)
 *   #               a number ("$#k" matches "$120k")
 *   re:...          a raw regular expression, only where nothing simpler serves
 *
 * Every entry carries examples it must match and near-misses it must not; one generic unit test
 * (test/unit/analysis/phrases.test.ts) runs them all.
 */
import pluralize from 'pluralize';
import { compileList } from './phrases';
import { escapeRegExp } from '../escapeRegExp';

const WORD = "[A-Za-z0-9'\\-]+";
const NUMBER = '\\d[\\d,.]*';
/** Between words: whitespace, after an optional comma, semicolon or colon ("going forward, try"). */
const SEP = '[,;:]?\\s+';

/** Regular inflections of an English word, plus the plural from `pluralize` (irregular plurals too). */
export function inflections(word: string): string[] {
  const w = word.toLowerCase();
  const forms = new Set([w, pluralize.plural(w)]);
  const last = w[w.length - 1];
  const stem = w.endsWith('e') ? w.slice(0, -1) : w;
  // A short word ending consonant-vowel-consonant doubles its last letter: "snub" -> "snubbed".
  const double = /^[^aeiou]*[aeiou][b-df-hj-np-tv-z]$/.test(w) && !/[wxy]$/.test(w) ? w + last : w;
  const y = w.endsWith('y') && !/[aeiou]y$/.test(w) ? w.slice(0, -1) : undefined;
  forms.add(/(?:s|sh|ch|x|z)$/.test(w) ? `${w}es` : y ? `${y}ies` : `${w}s`);
  forms.add(y ? `${y}ied` : w.endsWith('e') ? `${w}d` : `${double}ed`);
  forms.add(w.endsWith('ie') ? `${w.slice(0, -2)}ying` : `${w.endsWith('e') && !w.endsWith('ee') ? stem : double}ing`);
  forms.add(y ? `${y}ier` : w.endsWith('e') ? `${w}r` : `${double}er`);
  forms.add(y ? `${y}iest` : w.endsWith('e') ? `${w}st` : `${double}est`);
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Compiles one phrase (see the syntax above) to a regular-expression source. */
export function compilePhrase(phrase: string): string {
  return compileWith(phrase, SEP);
}

/** compilePhrase, with `separator` as what a space between words matches. */
function compileWith(phrase: string, separator: string): string {
  if (phrase.startsWith('re:')) return phrase.slice(3);
  let i = 0;
  const src = phrase.trim();

  function sequence(stop: string): string {
    const items: { piece: string; optional: boolean }[] = [];
    while (i < src.length && !stop.includes(src[i])) {
      const c = src[i];
      if (c === ' ') {
        i++;
        continue;
      }
      if (c === '(' || c === '[') {
        i++;
        const close = c === '(' ? ')' : ']';
        const alts = [sequence(`${close}|`)];
        while (src[i] === '|') {
          i++;
          alts.push(sequence(`${close}|`));
        }
        if (src[i] !== close) throw new Error(`Phrase ${JSON.stringify(phrase)}: missing "${close}"`);
        i++;
        items.push({ piece: `(?:${alts.join('|')})`, optional: c === '[' });
        continue;
      }
      let token = '';
      while (i < src.length && !' ()[]|'.includes(src[i])) token += src[i++];
      if (token === '') throw new Error(`Phrase ${JSON.stringify(phrase)}: unexpected "${src[i]}" at ${i}`);
      const piece = token.endsWith('~') && token.length > 1 ? `(?:${inflections(token.slice(0, -1)).map((f) => [...f].map(escapeRegExp).join('')).join('|')})` : tokenSource(token);
      items.push({ piece, optional: false });
    }
    // Words are joined by whitespace; an optional part takes its space with it.
    let out = '';
    let started = false;
    for (let k = 0; k < items.length; k++) {
      const { piece, optional } = items[k];
      if (!started) {
        if (optional && k + 1 < items.length) {
          out += `(?:${piece}${separator})?`;
          continue;
        }
        out += optional ? `(?:${piece})?` : piece;
        started = !optional;
        continue;
      }
      out += optional ? `(?:${separator}${piece})?` : `${separator}${piece}`;
    }
    return out;
  }

  function tokenSource(token: string): string {
    if (token === '*') return WORD;
    if (token.length > 1 && token.endsWith('*')) return `${tokenSource(token.slice(0, -1))}\\w*`;
    let out = '';
    for (const ch of token) out += ch === '#' ? NUMBER : ch === "'" ? "['\\u2019]" : escapeRegExp(ch);
    return out;
  }

  // Top level: alternatives, as inside ( ).
  const alts = [sequence('|')];
  while (src[i] === '|') {
    i++;
    alts.push(sequence('|'));
  }
  const out = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  if (i < src.length) throw new Error(`Phrase ${JSON.stringify(phrase)}: unexpected "${src[i]}"`);
  return out;
}

/** A phrase-data entry: the phrase, and the examples and near-misses the generic test runs. */
export interface PhraseEntry {
  phrase: string;
  examples?: string[];
  nearMisses?: string[];
}

/**
 * A list's phrases as one alternation, `(?:a|b|c)`, in the list's order (the first that matches at a
 * place wins), for a rule that sets its own boundaries and flags around it (a list read at the end of
 * a text, or as the start of a longer word). With `oneSpace`, a space between words matches exactly
 * one space, not a line break or a comma: the reading of lists that were regular expressions in the
 * rules until they moved to the data (their data file says so), kept so that the models stay the same.
 */
export const phraseAlternation = (entries: readonly { phrase: string }[], options: { oneSpace?: boolean } = {}): string =>
  `(?:${entries.map((e) => compileWith(e.phrase, options.oneSpace ? ' ' : SEP)).join('|')})`;

/** One regular expression for a list of phrase-syntax entries (data/*.json). */
export const phraseList = (entries: readonly { phrase: string }[]): RegExp => compileList(entries.map((e) => compilePhrase(e.phrase)));
