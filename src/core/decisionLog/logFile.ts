// The on-disk shape of the decision log and how to read it back, keeping every entry that can
// be kept when the file is truncated, not JSON, or the wrong shape.
import type { DecisionEntry } from './types';
import { validateDecisionEntry } from './validate';

export const LOG_VERSION = 1;

export interface LogFile {
  version: typeof LOG_VERSION;
  decisions: DecisionEntry[];
}

/**
 * The result of reading a log file. `intact` means every byte was understood and nothing was
 * dropped; otherwise `problems` says what was wrong and `entries` are the ones worth keeping.
 */
export interface ParsedLog {
  intact: boolean;
  entries: DecisionEntry[];
  problems: string[];
  /** Entries present in the file (complete or not) that could not be kept. */
  dropped: number;
}

export function serializeLog(entries: readonly DecisionEntry[]): string {
  const file: LogFile = { version: LOG_VERSION, decisions: [...entries] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function parseLog(text: string): ParsedLog {
  if (text.trim() === '') return { intact: false, entries: [], problems: ['the file is empty'], dropped: 0 };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const salvaged = salvageObjects(text);
    const kept = keepValid(salvaged.objects);
    const problems = [salvaged.foundArray ? 'the file is cut off or not valid JSON' : 'the file is not JSON', ...kept.problems];
    return { intact: false, entries: kept.entries, problems, dropped: kept.dropped + salvaged.broken };
  }
  const problems: string[] = [];
  let list: unknown[];
  if (Array.isArray(parsed)) {
    problems.push('the file is a bare list instead of {"version": 1, "decisions": [...]}');
    list = parsed;
  } else if (typeof parsed === 'object' && parsed !== null && Array.isArray((parsed as { decisions?: unknown }).decisions)) {
    const version = (parsed as { version?: unknown }).version;
    if (version !== LOG_VERSION) problems.push(`the file has version ${JSON.stringify(version) ?? 'none'}, expected ${LOG_VERSION}`);
    list = (parsed as { decisions: unknown[] }).decisions;
  } else {
    return { intact: false, entries: [], problems: ['the file does not hold a list of decisions'], dropped: 0 };
  }
  const kept = keepValid(list);
  problems.push(...kept.problems);
  return { intact: problems.length === 0, entries: kept.entries, problems, dropped: kept.dropped };
}

function keepValid(list: unknown[]): { entries: DecisionEntry[]; problems: string[]; dropped: number } {
  const entries: DecisionEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    const checked = validateDecisionEntry(raw);
    if (!checked.ok) {
      problems.push(`entry ${index + 1}: ${checked.problems.join('; ')}`);
    } else if (seen.has(checked.value.id)) {
      problems.push(`entry ${index + 1}: the id ${checked.value.id} appears twice`);
    } else {
      seen.add(checked.value.id);
      entries.push(checked.value);
      return;
    }
  });
  return { entries, problems, dropped: list.length - entries.length };
}

/**
 * Finds the complete JSON objects that are direct elements of the first array in `text`
 * (the "decisions" list when the key is present), even when the text is cut off. Objects that
 * are complete but do not parse count as broken; an object cut off at the end counts too.
 */
export function salvageObjects(text: string): { objects: unknown[]; broken: number; foundArray: boolean } {
  const key = /"decisions"\s*:\s*\[/.exec(text);
  const start = key ? key.index + key[0].length : text.indexOf('[') + 1;
  if (start <= 0) return { objects: [], broken: 0, foundArray: false };
  const objects: unknown[] = [];
  let broken = 0;
  let depth = 0;
  let inString = false;
  let objectStart = -1;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0 && c === '{') objectStart = i;
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) break; // the end of the list
      depth--;
      if (depth === 0 && objectStart >= 0) {
        try {
          objects.push(JSON.parse(text.slice(objectStart, i + 1)));
        } catch {
          broken++;
        }
        objectStart = -1;
      }
    }
  }
  if (depth > 0 && objectStart >= 0) broken++;
  return { objects, broken, foundArray: true };
}
