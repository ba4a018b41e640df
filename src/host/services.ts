import type { Log } from './log';
import type { CommandTitles } from './manifest';
import type { SettingsReader } from './settings';
import type { StatusBar } from './statusBar';

/** What activation creates once and hands to every feature. */
export interface Services {
  log: Log;
  statusBar: StatusBar;
  settings: SettingsReader;
  /** Command titles from package.json, for messages and pickers that name a command. */
  titles: CommandTitles;
}
