// Typed reader for the tone-checking settings. Setting names live once, in settingIds.ts; defaults
// are read back from package.json through `inspect`, so a malformed value falls back to the
// contributed default with one log line instead of breaking the checker.
import * as vscode from 'vscode';
import { ruleIds, type RuleId, type Severity } from '../core/analysis/types';
import type { SelectionSettings } from '../core/documentSelection';
import type { Log } from './log';
import { checkingDefaults, section, Settings } from './settingIds';

export { section, Settings } from './settingIds';

export type RuleSetting = 'default' | 'off' | Severity;
const ruleSettings: readonly RuleSetting[] = ['default', 'off', 'error', 'warning', 'information', 'hint'];

export interface CheckingConfig extends SelectionSettings {
  enable: boolean;
  /** Per rule: "off", a severity, or "default" (the rule's own severity). */
  rules: Partial<Record<RuleId, RuleSetting>>;
  maxBodyWords: number;
  debounceMs: number;
  /** Documents longer than this many characters are not checked (the status bar says so). */
  maxDocumentSize: number;
}

/** Last-resort values, used only if package.json itself lacks a default (a unit test keeps them equal). */
const fallback: CheckingConfig = checkingDefaults;

/** Malformed values already reported, so a bad setting logs once per value rather than once per keystroke. */
const reported = new Set<string>();

export function readConfig(log: Log, scope?: vscode.ConfigurationScope): CheckingConfig {
  const configuration = vscode.workspace.getConfiguration(section, scope);
  function read<T>(key: keyof CheckingConfig & string, valid: (value: unknown) => value is T): T {
    const value = configuration.get<unknown>(key);
    if (valid(value)) return value;
    const contributed = configuration.inspect<unknown>(key)?.defaultValue;
    const replacement = valid(contributed) ? contributed : (fallback[key] as T);
    const note = `${section}.${key}=${safeJson(value)}`;
    if (!reported.has(note)) {
      reported.add(note);
      log.warn(`Ignoring malformed setting ${note}; using ${safeJson(replacement)} instead.`);
    }
    return replacement;
  }
  return {
    enable: read(Settings.enable, isBoolean),
    rules: sanitizeRules(read(Settings.rules, isPlainObject), log),
    maxBodyWords: read(Settings.maxBodyWords, isPositiveInteger),
    debounceMs: read(Settings.debounceMs, isNonNegativeInteger),
    languages: read(Settings.languages, isStringArray),
    include: read(Settings.include, isStringArray),
    exclude: read(Settings.exclude, isStringArray),
    maxDocumentSize: read(Settings.maxDocumentSize, isPositiveInteger),
  };
}

/** Keeps the known rule ids with known values; anything else is logged once and dropped. */
function sanitizeRules(raw: Record<string, unknown>, log: Log): Partial<Record<RuleId, RuleSetting>> {
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  for (const [key, value] of Object.entries(raw)) {
    const known = (ruleIds as readonly string[]).includes(key);
    const setting = value === false ? 'off' : value === true ? 'default' : value;
    if (known && (ruleSettings as readonly unknown[]).includes(setting)) {
      rules[key as RuleId] = setting as RuleSetting;
      continue;
    }
    const note = `${section}.rules.${key}=${safeJson(value)}`;
    if (!reported.has(note)) {
      reported.add(note);
      log.warn(`Ignoring ${note}: ${known ? `expected one of ${ruleSettings.join(', ')}` : `unknown rule; known rules are ${ruleIds.join(', ')}`}.`);
    }
  }
  return rules;
}

/** The engine's options for a configuration. */
export function analyzeOptionsFor(config: CheckingConfig): { disabledRules: RuleId[]; severities: Partial<Record<RuleId, Severity>>; maxBodyWords: number } {
  const disabledRules: RuleId[] = [];
  const severities: Partial<Record<RuleId, Severity>> = {};
  for (const [rule, setting] of Object.entries(config.rules) as [RuleId, RuleSetting][]) {
    if (setting === 'off') disabledRules.push(rule);
    else if (setting !== 'default') severities[rule] = setting;
  }
  return { disabledRules, severities, maxBodyWords: config.maxBodyWords };
}

/** A text setting, trimmed; "" when unset or not a string (a hand-edited number is not worth a crash). */
export function readTextSetting(key: typeof Settings.senderName | typeof Settings.templatesFolder): string {
  const value = vscode.workspace.getConfiguration(section).get<unknown>(key);
  return typeof value === 'string' ? value.trim() : '';
}

/** Where a settings write goes: the workspace when one is open, else the user settings. */
export function writeTarget(): vscode.ConfigurationTarget {
  return vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
}

/** Turns one rule off in the settings, keeping the other rules' entries. */
export async function disableRule(rule: RuleId): Promise<void> {
  const configuration = vscode.workspace.getConfiguration(section);
  const target = writeTarget();
  const inspected = configuration.inspect<Record<string, unknown>>(Settings.rules);
  const current = (target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
  await configuration.update(Settings.rules, { ...(isPlainObject(current) ? current : {}), [rule]: 'off' }, target);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isPositiveInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;
const isNonNegativeInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
