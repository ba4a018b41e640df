// A rule's documentation inside VS Code: a read-only Markdown page per rule, made from the rule
// module's own docs (the same text as the README's Rules section), opened as a Markdown preview
// from a hover's "More about" link, a diagnostic's code or the palette. No file, no network: a
// virtual document, so it works in the web extension too.
import * as vscode from 'vscode';
import { RULE_DOCS_SCHEME } from '../../core/documentSelection';
import type { RuleId } from '../../core/analysis/types';
import { ToneCommands } from '../../host/commandIds';
import { analysisEngine } from './engine';

/** The page of one rule: `graceful-decline-rule:/negative-tone.md`. */
export function ruleDocsUri(rule: RuleId): vscode.Uri {
  return vscode.Uri.from({ scheme: RULE_DOCS_SCHEME, path: `/${rule}.md` });
}

/**
 * What a diagnostic's code links to: Show Rule Documentation for the rule, as a command link. The
 * Problems view, the hover and the peek view open a code's target with commands allowed; a link to
 * the page itself opened it as a raw text tab (and the Markdown preview came as well), where a
 * command link opens the one rendered page, as the hover's "More about" does.
 */
export function ruleDocsLink(rule: RuleId): vscode.Uri {
  return vscode.Uri.from({ scheme: 'command', path: ToneCommands.showRuleDocs, query: JSON.stringify([rule]) });
}

function ruleOf(uri: vscode.Uri): RuleId | undefined {
  const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
  return Object.hasOwn(analysisEngine().ruleDocs, id) ? (id as RuleId) : undefined;
}

class RuleDocsProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const rule = ruleOf(uri);
    const engine = analysisEngine();
    if (!rule) return `# No such rule\n\nGraceful Decline has no rule by that name. Its rules are: ${Object.keys(engine.ruleDocs).map((id) => `\`${id}\``).join(', ')}.\n`;
    return engine.rulePage({ id: rule, ...engine.ruleDocs[rule] });
  }
}

/**
 * Show Rule Documentation: the rule given (a hover link passes its id), or one picked from the
 * list. Opens the page as a Markdown preview beside the editor, or as a read-only document when the built-in
 * Markdown extension is not there. Returns the page's URI, or undefined when nothing was picked.
 */
async function showRuleDocs(rule?: unknown): Promise<vscode.Uri | undefined> {
  const docs = analysisEngine().ruleDocs;
  let id = typeof rule === 'string' && Object.hasOwn(docs, rule) ? (rule as RuleId) : undefined;
  if (id === undefined) {
    const items = (Object.keys(docs) as RuleId[]).map((key) => ({ label: docs[key].title, description: key, detail: docs[key].summary, id: key }));
    id = (await vscode.window.showQuickPick(items, { title: 'Graceful Decline: Show Rule Documentation', placeHolder: 'Which rule?', matchOnDescription: true, matchOnDetail: true }))?.id;
    if (id === undefined) return undefined;
  }
  const uri = ruleDocsUri(id);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
  }
  return uri;
}

export function registerRuleDocs(): { provider: vscode.Disposable; showRuleDocs: (rule?: unknown) => Promise<vscode.Uri | undefined> } {
  return { provider: vscode.workspace.registerTextDocumentContentProvider(RULE_DOCS_SCHEME, new RuleDocsProvider()), showRuleDocs };
}
