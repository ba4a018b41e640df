// The decline phrases as completions in every language the extension checks. VS Code does not
// suggest as you type in Markdown (its default), so typing "decline-" (the trigger character)
// lists them there too, without touching the user's settings. As a language-specific provider,
// ours answers before the generic snippet and word suggestions, so each phrase is listed once.
import * as vscode from 'vscode';
import { PHRASE_TRIGGER, phraseQuery, phrases } from '../../core/templates/phrases';
import { escapeMarkdown } from '../../host/markdown';

export function registerPhraseCompletions(languages: readonly string[]): vscode.Disposable {
  const provider: vscode.CompletionItemProvider = {
    provideCompletionItems(document, position) {
      const query = phraseQuery(document.lineAt(position.line).text.slice(0, position.character));
      if (!query) return undefined;
      const range = new vscode.Range(position.line, query.start, position.line, position.character);
      const items = phrases.map((phrase, index) => {
        const item = new vscode.CompletionItem({ label: phrase.prefix, description: phrase.name.replace(/^Decline: /, '') }, vscode.CompletionItemKind.Snippet);
        item.insertText = new vscode.SnippetString(phrase.body);
        item.documentation = new vscode.MarkdownString(escapeMarkdown(phrase.description));
        item.range = range;
        item.filterText = phrase.prefix;
        item.sortText = String(index).padStart(2, '0');
        return item;
      });
      // Incomplete: asked again as the word grows, so "decid..." falls back to the usual suggestions.
      return new vscode.CompletionList(items, true);
    },
  };
  return vscode.languages.registerCompletionItemProvider(
    languages.map((language) => ({ language })),
    provider,
    PHRASE_TRIGGER,
  );
}
