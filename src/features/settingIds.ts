// Every setting key the extension reads, and the tone-checking defaults. No `vscode` import, so
// unit tests check both against package.json (the manifest is where VS Code takes defaults from).
import { DEFAULT_MAX_BODY_WORDS } from '../core/analysis/context';

export const section = 'gracefulDecline';

/** Setting keys below `gracefulDecline.`: one source, checked against package.json by a unit test. */
export const Settings = {
  enable: 'enable',
  rules: 'rules',
  maxBodyWords: 'maxBodyWords',
  debounceMs: 'debounceMs',
  languages: 'languages',
  include: 'include',
  exclude: 'exclude',
  maxDocumentSize: 'maxDocumentSize',
  senderName: 'senderName',
  templatesFolder: 'templatesFolder',
  remindersEnabled: 'reminders.enabled',
} as const;

/**
 * The tone-checking defaults package.json contributes, used only if the manifest itself lacks
 * one. A unit test keeps each equal to the manifest's default.
 */
export const checkingDefaults = {
  enable: true,
  rules: {},
  maxBodyWords: DEFAULT_MAX_BODY_WORDS,
  debounceMs: 300,
  languages: ['plaintext', 'markdown', 'email'],
  include: [],
  exclude: ['**/node_modules/**', '**/CHANGELOG.md'],
  maxDocumentSize: 2_000_000,
} as const;
