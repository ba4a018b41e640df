// The one reader of the extension's settings. Keys live in settingIds.ts, defaults in package.json;
// every value is checked, and a malformed one falls back to the contributed default with one log
// line (once per value) instead of breaking the feature that reads it.
import * as vscode from 'vscode';
import { ruleIds, type RuleId, type Severity } from '../core/analysis/types';
import type { SelectionSettings } from '../core/documentSelection';
import { isPlainObject } from '../core/plainObject';
import type { Log } from './log';
import { ruleEntryNotice, section, Settings, wellFormed, type SettingKey, type SettingValue } from './settingIds';

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

export class SettingsReader {
  /** Malformed values already reported, so a bad setting logs once per value rather than once per keystroke. */
  private readonly reported = new Set<string>();
  /** Settings the person was told about: one notification per setting a session, however many bad values. */
  private readonly notified = new Set<string>();

  constructor(private readonly log: Log) {}

  /** A setting's value, or its package.json default when the value is malformed (a unit test keeps every default well formed). */
  read<K extends SettingKey>(key: K, scope?: vscode.ConfigurationScope): SettingValue<K> {
    const configuration = vscode.workspace.getConfiguration(section, scope);
    const value = configuration.get<unknown>(key);
    const check = wellFormed[key] as (v: unknown) => v is SettingValue<K>;
    if (check(value)) return value;
    const replacement = configuration.inspect<unknown>(key)?.defaultValue as SettingValue<K>;
    this.warnOnce(key, `${section}.${key}=${safeJson(value)}`, (note) => `Ignoring malformed setting ${note}; using ${safeJson(replacement)} instead.`);
    return replacement;
  }

  /** A text setting, trimmed ("" when unset). */
  text(key: typeof Settings.senderName | typeof Settings.templatesFolder): string {
    return this.read(key).trim();
  }

  /** Whether the workspace (rather than the user) set a setting: such values are the workspace's content. */
  setByWorkspace(key: SettingKey): boolean {
    const inspected = vscode.workspace.getConfiguration(section).inspect<unknown>(key);
    return inspected?.workspaceValue !== undefined || inspected?.workspaceFolderValue !== undefined;
  }

  /** Whether a configuration change touches one setting, or (without a key) any of ours. */
  affects(event: vscode.ConfigurationChangeEvent, key?: SettingKey): boolean {
    return event.affectsConfiguration(key ? `${section}.${key}` : section);
  }

  /** The tone-checking settings for a scope (a document or workspace folder). */
  checking(scope?: vscode.ConfigurationScope): CheckingConfig {
    return {
      enable: this.read(Settings.enable, scope),
      rules: this.sanitizeRules(this.read(Settings.rules, scope)),
      maxBodyWords: this.read(Settings.maxBodyWords, scope),
      debounceMs: this.read(Settings.debounceMs, scope),
      languages: this.read(Settings.languages, scope),
      include: this.read(Settings.include, scope),
      exclude: this.read(Settings.exclude, scope),
      maxDocumentSize: this.read(Settings.maxDocumentSize, scope),
    };
  }

  /**
   * Writes a setting where a settings write goes: the workspace when one is open, else the user
   * settings. A value equal to what applies without it (the user's value under a workspace, the
   * default under the user's) removes the entry instead, so switching something off and on again
   * leaves the settings file as it was.
   */
  async write(key: SettingKey, value: unknown): Promise<void> {
    const target = writeTarget();
    const configuration = vscode.workspace.getConfiguration(section);
    const inspected = configuration.inspect<unknown>(key);
    const beneath = target === vscode.ConfigurationTarget.Workspace ? (inspected?.globalValue ?? inspected?.defaultValue) : inspected?.defaultValue;
    const redundant = JSON.stringify(beneath) === JSON.stringify(value);
    await configuration.update(key, redundant ? undefined : value, target);
  }

  /** Turns one rule off in the settings, keeping the other rules' entries. */
  async disableRule(rule: RuleId): Promise<void> {
    const target = writeTarget();
    const inspected = vscode.workspace.getConfiguration(section).inspect<Record<string, unknown>>(Settings.rules);
    const current = (target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
    await this.write(Settings.rules, { ...(isPlainObject(current) ? current : {}), [rule]: 'off' });
  }

  /** Keeps the known rule ids with known values; anything else is logged once and dropped. */
  private sanitizeRules(raw: Record<string, unknown>): Partial<Record<RuleId, RuleSetting>> {
    const rules: Partial<Record<RuleId, RuleSetting>> = {};
    for (const [key, value] of Object.entries(raw)) {
      const known = (ruleIds as readonly string[]).includes(key);
      const setting = value === false ? 'off' : value === true ? 'default' : value;
      if (known && (ruleSettings as readonly unknown[]).includes(setting)) {
        rules[key as RuleId] = setting as RuleSetting;
        continue;
      }
      this.warnOnce('rules', `${section}.rules.${key}=${safeJson(value)}`, (note) => `Ignoring ${note}: ${known ? `expected one of ${ruleSettings.join(', ')}` : `unknown rule; known rules are ${ruleIds.join(', ')}`}.`, ruleEntryNotice(key, safeJson(value), known, ruleSettings));
    }
    return rules;
  }

  /**
   * Logs a malformed value once, and tells the person once per setting, without blocking them: the
   * value they set did nothing; one button opens the setting, one the log that says what it expected.
   */
  private warnOnce(key: string, note: string, message: (note: string) => string, notice = `Graceful Decline cannot use the value of ${section}.${key}, so it goes on with its default.`): void {
    if (this.reported.has(note)) return;
    this.reported.add(note);
    this.log.warn(message(note));
    if (this.notified.has(key)) return;
    this.notified.add(key);
    const [open, details] = ['Open Setting', 'Show Details'];
    void vscode.window.showWarningMessage(notice, open, details).then((choice) => {
      if (choice === open) void vscode.commands.executeCommand('workbench.action.openSettings', `${section}.${key}`);
      else if (choice === details) this.log.show(true);
    });
  }
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

function writeTarget(): vscode.ConfigurationTarget {
  return vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
