// Hover on a flagged range: why the rule matters, in the extension's own words, and a link that
// opens the rule's documentation inside VS Code. The Markdown trusts that one command only; the
// finding's words go in as text, so they cannot add links of their own.
import * as vscode from 'vscode';
import { ToneCommands } from '../../host/commandIds';
import { escapeMarkdown } from '../../host/markdown';
import type { Finding } from '../../core/analysis/types';
import { rangeOf, type ToneChecker } from './checker';
import { analysisEngine } from './engine';
import { ruleDocsLink } from './ruleDocs';

export class ToneHover implements vscode.HoverProvider {
  constructor(private readonly checker: ToneChecker) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const offset = document.offsetAt(position);
    const hits = this.checker.shownFindings(document).filter((f) => f.start <= offset && offset <= f.end);
    if (hits.length === 0) return undefined;
    const markdown = new vscode.MarkdownString(undefined, true);
    markdown.isTrusted = { enabledCommands: [ToneCommands.showRuleDocs] };
    hits.forEach((finding, i) => {
      if (i > 0) markdown.appendMarkdown('\n\n---\n\n');
      appendExplanation(markdown, finding);
    });
    const start = Math.min(...hits.map((f) => f.start));
    const end = Math.max(...hits.map((f) => f.end));
    return new vscode.Hover(markdown, rangeOf(document, { start, end }));
  }
}

function appendExplanation(markdown: vscode.MarkdownString, finding: Finding): void {
  const title = analysisEngine().ruleDocs[finding.ruleId]?.title ?? finding.ruleId;
  // escapeMarkdown, not appendText: appendText makes every space a non-breaking one, and the hover
  // then breaks its lines in the middle of words ("kee ps").
  markdown.appendMarkdown(`$(lightbulb) **${escapeMarkdown(title)}**\n\n${escapeMarkdown(finding.why)}\n\n`);
  markdown.appendMarkdown(`[$(book) More about \`${finding.ruleId}\`](${ruleDocsLink(finding.ruleId).toString()} "Open the documentation of this rule")`);
}

export function registerHover(checker: ToneChecker): vscode.Disposable {
  const provider = new ToneHover(checker);
  return checker.registerProvider((selector) => vscode.languages.registerHoverProvider(selector, provider));
}
