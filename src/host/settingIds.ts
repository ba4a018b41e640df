// Every setting key the extension reads, and what a well-formed value of each is. No `vscode`
// import, so unit tests check both against package.json, where each default is written (the only
// place it is written: a malformed value falls back to it).
import { isPlainObject } from '../core/plainObject';

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

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isString = (v: unknown): v is string => typeof v === 'string';
const isPositiveInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
const isNonNegativeInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** What each setting must be; anything else is malformed. */
export const wellFormed = {
  [Settings.enable]: isBoolean,
  [Settings.rules]: isPlainObject,
  [Settings.maxBodyWords]: isPositiveInteger,
  [Settings.debounceMs]: isNonNegativeInteger,
  [Settings.languages]: isStringArray,
  [Settings.include]: isStringArray,
  [Settings.exclude]: isStringArray,
  [Settings.maxDocumentSize]: isPositiveInteger,
  [Settings.senderName]: isString,
  [Settings.templatesFolder]: isString,
  [Settings.remindersEnabled]: isBoolean,
} satisfies Record<SettingKey, (v: unknown) => boolean>;

export type SettingValue<K extends SettingKey> = (typeof wellFormed)[K] extends (v: unknown) => v is infer T ? T : never;

/**
 * The notification for one entry of `gracefulDecline.rules` that cannot be used. Only that entry is
 * ignored (the others still apply), so it must not say the whole setting fell back to its default.
 */
export function ruleEntryNotice(rule: string, value: string, known: boolean, allowed: readonly string[]): string {
  const why = known ? `use one of ${allowed.map((a) => `"${a}"`).join(', ')}` : 'no rule has that id';
  return `Graceful Decline ignores "${rule}": ${value} in ${section}.rules (${why}); your other rule settings still apply.`;
}
