// The checklist's part of the test API (built only under the extension's own tests): what the
// view has seen since activation, and a way to feed it messages as the page would.
import type { ChecklistTestApi, ChecklistViewState } from '../../host/testApi';
import type { ChecklistView } from './view';

export function checklistTestApi(view: ChecklistView): ChecklistTestApi {
  const stats: ChecklistViewState['stats'] = { resolved: 0, accepted: 0, rejected: 0, lastRejection: '', listeners: 0 };
  view.onDidChange((event) => {
    if (event.kind === 'resolved') stats.resolved++;
    else if (event.accepted) stats.accepted++;
    else {
      stats.rejected++;
      stats.lastRejection = event.reason;
    }
  });
  return {
    state: () => ({ resolved: view.isResolved, stats: { ...stats, listeners: view.listenerCount } }),
    post: (message) => view.receive(message),
  };
}
