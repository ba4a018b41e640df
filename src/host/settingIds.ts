// Every setting key the extension reads. No `vscode` import, so unit tests check them against
// package.json, where each setting's default is written (the only place it is written).
import { settingDefault } from './manifest';

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

export type SettingKey = (typeof Settings)[keyof typeof Settings];

const checkingKeys = ['enable', 'rules', 'maxBodyWords', 'debounceMs', 'languages', 'include', 'exclude', 'maxDocumentSize'] as const;

/** The tone-checking defaults, as package.json contributes them (what a malformed value falls back to). */
export const checkingDefaults = Object.fromEntries(checkingKeys.map((key) => [key, settingDefault(`${section}.${Settings[key]}`)])) as {
  enable: boolean;
  rules: Record<string, never>;
  maxBodyWords: number;
  debounceMs: number;
  languages: string[];
  include: string[];
  exclude: string[];
  maxDocumentSize: number;
};
