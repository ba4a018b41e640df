import type { ChecklistState } from './checklistState';
import type { Log } from './log';
import type { SettingsReader } from './settings';
import type { StatusBar } from './statusBar';

/** What activation creates once and hands to every feature. */
export interface Services {
  log: Log;
  statusBar: StatusBar;
  settings: SettingsReader;
  /** The checklist's latest answers (written by the checklist feature only). */
  checklist: ChecklistState;
}
