/**
 * Plain text for a MarkdownString, escaped so it shows as written. Unlike `appendText`, spaces stay
 * spaces (appendText turns every space into a non-breaking one, and a hover then breaks long lines
 * in the middle of words).
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~$&]/g, (c) => `\\${c}`).replace(/\n/g, '\n\n');
}

/** What a screen reader should say for a status bar text: its words, without `$(icon)` names. */
export function withoutIcons(text: string): string {
  return text.replace(/\$\([\w~-]+\)\s*/g, '').trim();
}
