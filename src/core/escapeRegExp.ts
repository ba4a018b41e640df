/**
 * Literal text inside a regular expression: the one escape helper of src (the phrase syntax in
 * analysis/phraseSyntax.ts uses it for its literal characters). No imports, so any module may use it.
 */

/** `text` with every character that means something in a regular expression escaped (`/` too). */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A literal phrase whose spaces match any run of whitespace (a line break too): "thank you" -> `thank\s+you`. */
export const literalPhrase = (text: string): string => escapeRegExp(text).replace(/ /g, '\\s+');
