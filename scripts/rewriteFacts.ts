/**
 * The hand-labelled facts of Rewrite Politely (test/fixtures/rewrite/facts.json) and per-fact
 * accuracy of extractFacts over them. Shared by `npm run eval:rewrite` and the accuracy unit test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractFacts } from '../src/core/rewrite';
import { corpusDir } from './corpus';

export interface LabelledFacts {
  file: string;
  recipient: string | null;
  sender: string | null;
  company: string | null;
  role: string | null;
  decision: string | null;
}

export const factFields = ['recipient', 'sender', 'company', 'role', 'decision'] as const;
export type FactField = (typeof factFields)[number];

export function loadLabelledFacts(): LabelledFacts[] {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'test', 'fixtures', 'rewrite', 'facts.json'), 'utf8')) as LabelledFacts[];
}

const stripFrontMatter = (text: string) => text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');

export interface FactScore {
  accuracy: Record<FactField, number>;
  /** Per field, each wrong entry with what was found. */
  wrong: Record<FactField, { file: string; expected: string | null; found: string | null }[]>;
  /** Drafts labelled with a decision, and how many of those got the decision kind right. */
  stated: number;
  statedRight: number;
  /** Decision kinds read wrong, as "expected -> found" with how many drafts: no file named. */
  confusion: Record<string, number>;
}

/** Per-fact accuracy over `part`, reading each draft from the tone corpus. */
export function scoreFacts(part: readonly LabelledFacts[]): FactScore {
  const wrong = Object.fromEntries(factFields.map((f) => [f, []])) as unknown as FactScore['wrong'];
  let stated = 0;
  let statedRight = 0;
  const confusion: Record<string, number> = {};
  for (const entry of part) {
    const facts = extractFacts(stripFrontMatter(fs.readFileSync(path.join(corpusDir, entry.file), 'utf8')));
    for (const field of factFields) {
      const found = facts[field]?.value ?? null;
      if (found !== entry[field]) wrong[field].push({ file: entry.file, expected: entry[field], found });
    }
    const foundKind = facts.decision?.value ?? null;
    if (foundKind !== entry.decision) {
      const key = `${entry.decision ?? 'none'} -> ${foundKind ?? 'none'}`;
      confusion[key] = (confusion[key] ?? 0) + 1;
    }
    if (entry.decision !== null) {
      stated++;
      if (facts.decision?.value === entry.decision) statedRight++;
    }
  }
  const accuracy = Object.fromEntries(factFields.map((f) => [f, part.length ? 1 - wrong[f].length / part.length : 1])) as Record<FactField, number>;
  return { accuracy, wrong, stated, statedRight, confusion };
}
