// "Should I Decline?" from the palette: with answers given, the recommendation at once; otherwise
// the step-by-step quick input, then a pick of the next steps. Thin over the pure `decide`.
import * as vscode from 'vscode';
import { decide } from '../../core/checklist/decide';
import { channelLabels, describeReplyBy, outcomeLabels, situationLabel } from '../../core/checklist/present';
import { emptyAnswers } from '../../core/checklist/questions';
import type { ChecklistAnswers, Recommendation } from '../../core/checklist/types';
import { checkAnswers } from '../../core/checklist/validate';
import { isPlainObject } from '../../core/plainObject';
import { Commands, ShowView } from '../../host/commandIds';
import type { Services } from '../../host/services';
import type { StatusLine } from '../../webview/protocol';
import { askChecklist, wrapBeside } from './palette';
import type { ChecklistActions, ChecklistView } from './view';

/**
 * With an `answers` argument (a partial checklist is completed with empty answers), returns the
 * recommendation without asking; otherwise asks step by step, then offers the next actions.
 */
export async function shouldIDecline(arg: unknown, view: ChecklistView, actions: ChecklistActions, { log, titles }: Services): Promise<Recommendation | undefined> {
  const title = titles.of(Commands.shouldIDecline);
  if (arg !== undefined) {
    if (!isPlainObject(arg)) {
      log.warn('Should I Decline?: ignored an argument that is not a checklist');
      return undefined;
    }
    const checked = checkAnswers({ ...emptyAnswers(), ...arg });
    if (!checked.ok) {
      log.warn(`Should I Decline?: ignored a malformed checklist (${checked.reason})`);
      return undefined;
    }
    view.load(checked.value);
    return decide(checked.value, new Date());
  }
  const answers = await askChecklist(title, view.currentAnswers ?? emptyAnswers());
  if (!answers) return undefined;
  view.load(answers);
  const recommendation = decide(answers, new Date());
  await offerNextSteps(answers, recommendation, actions);
  return recommendation;
}

interface NextStep extends vscode.QuickPickItem {
  run?: () => Promise<unknown>;
}

async function offerNextSteps(answers: ChecklistAnswers, r: Recommendation, actions: ChecklistActions): Promise<void> {
  const showView = async () => vscode.commands.executeCommand(ShowView.checklist);
  const items: NextStep[] = [];
  if (!r.ok) {
    // The message in rows short enough to read whole (as a detail line it was cut off after about 80 characters).
    items.push({ label: '$(checklist) Open the checklist view to correct them', run: showView }, { label: 'Check the dates', kind: vscode.QuickPickItemKind.Separator }, ...readable('$(error)', r.message, 'Check the dates'));
  } else {
    if (r.situation) items.push({ label: '$(edit) Draft the message', description: situationLabel(r.situation), run: () => report(actions.draft(answers)) });
    items.push(
      { label: '$(notebook) Log this decision', run: () => report(actions.log(answers)) },
      ...(r.replyBy ? [{ label: '$(calendar) Add the reply-by time to your calendar', run: () => report(actions.calendar(answers)) }] : []),
      { label: '$(checklist) Show the full recommendation in the sidebar', run: showView },
      { label: 'Why', kind: vscode.QuickPickItemKind.Separator },
      ...r.reasons.flatMap((reason, i) => readable('$(info)', reason, i === 0 ? 'Why' : '')),
      { label: 'How and when', kind: vscode.QuickPickItemKind.Separator },
      ...readable('$(mail)', `${channelLabels[r.channel]}: ${r.channelAdvice}`, 'How and when'),
      ...(r.replyBy ? readable('$(clock)', `Reply by ${describeReplyBy(r.replyBy, new Date())}`) : []),
      ...r.warnings.flatMap((w) => readable('$(warning)', w.message)),
    );
  }
  const title = r.ok ? `${outcomeLabels[r.outcome]}: ${r.headline}` : 'The dates need checking';
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: 'Choose what to do next (Escape to close)', matchOnDetail: true });
  await chosen?.run?.();
}

/**
 * A sentence as rows short enough to be read whole (a quick pick cuts a long row with "…"). The
 * first row after a labelled separator shares its line with that label ("How and when" on the
 * right), so it is wrapped shorter by the label's length.
 */
function readable(icon: string, text: string, besideLabel = ''): NextStep[] {
  return wrapBeside(text, besideLabel).map((line, i) => ({ label: `${i === 0 ? icon : '$(blank)'} ${line}` }));
}

/** For the palette flow only: the sidebar view shows its results in its own status line. */
async function report(status: Promise<StatusLine | undefined>): Promise<void> {
  const line = await status;
  if (!line) return;
  const { tone, text } = line;
  if (tone === 'error') void vscode.window.showWarningMessage(`Graceful Decline: ${text}`);
  else vscode.window.setStatusBarMessage(`$(check) ${text}`, 5000);
}
