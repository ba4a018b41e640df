// The decision log's part of the test API (built only under the extension's own tests): the
// Decisions view as shown, after re-reading the file as Refresh does.
import * as vscode from 'vscode';
import type { LogProblem } from '../../core/decisionLog/store';
import type { DecisionsTestApi } from '../../host/testApi';
import type { StatusBar } from '../../host/statusBar';
import { REMINDER_STATE } from './reminders';
import type { DecisionTreeProvider } from './tree';

export function decisionsTestApi(reload: () => Promise<LogProblem | undefined>, tree: DecisionTreeProvider, statusBar: StatusBar, globalState: vscode.Memento): DecisionsTestApi {
  return {
    refresh: async () => {
      const problem = await reload();
      const rows = tree.getChildren().map((node) => {
        const item = tree.getTreeItem(node);
        const details = tree.getChildren(node).map((d) => (d.kind === 'detail' ? `${d.label}: ${d.value}` : ''));
        return { id: node.entry.id, label: String(item.label), description: String(item.description ?? ''), contextValue: item.contextValue ?? '', icon: (item.iconPath as vscode.ThemeIcon).id, details, tooltip: item.tooltip instanceof vscode.MarkdownString ? item.tooltip.value : String(item.tooltip ?? '') };
      });
      const state = { statusBar: statusBar.current, notified: globalState.get<string[]>(REMINDER_STATE.notified, []) };
      return problem ? { rows, problem, ...state } : { rows, ...state };
    },
  };
}
