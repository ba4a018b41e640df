import type { Log } from './log';
import type { SettingsReader } from './settings';
import type { StatusBar } from './statusBar';

/** What activation creates once and hands to every feature. */
export interface Services {
  log: Log;
  statusBar: StatusBar;
  settings: SettingsReader;
}
