import type { ChecklistState } from './checklistState';
import type { Log } from './log';
import type { CommandTitles } from './manifest';
import type { SettingsReader } from './settings';
import type { StatusBar } from './statusBar';
import type { TestApi } from './testApi';
import type { TemplateLibrary } from './templates';

/** What activation creates once and hands to every feature. */
export interface Services {
  log: Log;
  statusBar: StatusBar;
  settings: SettingsReader;
  /** Command titles from package.json, for messages and pickers that name a command. */
  titles: CommandTitles;
  /** Present only under the extension's own tests (ExtensionMode.Test): each feature adds its part. */
  testApi?: Partial<TestApi>;
  /** The built-in and the user's own decline templates (New Decline Draft, Rewrite Politely). */
  templates: TemplateLibrary;
  /** The checklist's latest answers (written by the checklist feature only). */
  checklist: ChecklistState;
}
