// The document sets the draft detector is measured on: what nobody on the team wrote (the Markdown
// and text files shipped in the installed npm dependencies) and what must read as a draft (the
// labelled corpus, the seed samples). Shared by the unit tests and scripts/draft-detection-report.ts.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const root = path.resolve(__dirname, '..', '..', '..');

/** Files larger than this are skipped: no dependency document of interest is near it. */
export const dependencyDocumentCap = 256 * 1024;

/** Markdown and text files, and the extensionless README, CHANGELOG, LICENSE... packages ship. */
const DOCUMENT_EXTENSION = /\.(?:md|markdown|txt)$/i;
const DOCUMENT_NAME = /^(?:readme|changelog|changes|history|license|licence|notice|authors|contributors)$/i;

export interface DependencyDocuments {
  /** Paths relative to the project root, sorted, forward slashes. */
  files: string[];
  /** Files over `dependencyDocumentCap`, left out. */
  skipped: string[];
}

/** Every document under node_modules, sorted so the scan is the same on every run. */
export function dependencyDocuments(projectRoot = root): DependencyDocuments {
  const files: string[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    try {
      real = fs.realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: string[];
    try {
      entries = fs.readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      const full = path.join(dir, name);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(full);
      } catch {
        continue;
      }
      if (stat.isDirectory()) {
        if (name !== '.bin' && name !== '.cache') walk(full);
      } else if (stat.isFile() && (DOCUMENT_EXTENSION.test(name) || DOCUMENT_NAME.test(name))) {
        const relative = path.relative(projectRoot, full).split(path.sep).join('/');
        (stat.size > dependencyDocumentCap ? skipped : files).push(relative);
      }
    }
  };
  walk(path.join(projectRoot, 'node_modules'));
  files.sort();
  skipped.sort();
  return { files, skipped };
}

/** Drops a leading `---` front matter block. */
export function stripFrontMatter(text: string): string {
  const m = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? text.slice(m[0].length) : text;
}

export interface Sample {
  name: string;
  text: string;
}

function readFolder(dir: string, extension = /\.txt$/): Sample[] {
  return fs
    .readdirSync(dir)
    .filter((f) => extension.test(f))
    .sort()
    .map((f) => ({ name: f, text: stripFrontMatter(fs.readFileSync(path.join(dir, f), 'utf8')) }));
}

/** Every labelled corpus message, front matter stripped. */
export function corpusDrafts(dir = path.join(root, 'test', 'fixtures', 'corpus')): Sample[] {
  return readFolder(dir);
}

/** The sample messages of the seed articles, paraphrased in our own words (one a file). */
export function seedSamples(): Sample[] {
  return readFolder(path.join(root, 'test', 'fixtures', 'draft-detection', 'seed-samples'));
}

/** Notes and documents the team wrote that mention jobs but are not messages. */
export function notDrafts(): Sample[] {
  return readFolder(path.join(root, 'test', 'fixtures', 'draft-detection', 'not-drafts'), /\.(?:md|txt)$/);
}
