/**
 * Which documents the tone checker looks at. Pure and web-safe (no Node `path`): the adapter
 * passes the language id, the URI scheme and the URI path (always forward slashes).
 */

export interface DocumentIdentity {
  languageId: string;
  scheme: string;
  /** The URI path, e.g. `/home/me/drafts/acme.md` or `Untitled-1`. */
  path: string;
}

export interface SelectionSettings {
  /** Language ids checked as you type. */
  languages: readonly string[];
  /** A saved document whose path matches one of these globs is always checked, draft or not. */
  include: readonly string[];
  /** A document whose path matches one of these globs is never checked as you type. */
  exclude: readonly string[];
}

/**
 * Schemes that are not drafts a person writes: output channels, diff and history views, the
 * settings editor, comment threads. Everything else (file, untitled, vscode-vfs, memfs, ...) counts,
 * so virtual workspaces work.
 */
/** The scheme of the rule documentation pages the extension shows (read-only, never a draft). */
export const RULE_DOCS_SCHEME = 'graceful-decline-rule';

const ignoredSchemes = new Set([RULE_DOCS_SCHEME, 'output', 'git', 'gitlens', 'vscode-scm', 'comment', 'debug', 'vscode-settings', 'vscode-terminal', 'vscode-notebook-cell', 'walkThroughSnippet', 'search-editor', 'private', 'vscode-chat-code-block']);

/** Untitled documents have no real path, so only their language decides. */
const pathlessSchemes = new Set(['untitled']);

/** Whether a document is one a person writes, by its scheme: never an output channel, a diff or the settings editor. */
export function isWritable(doc: DocumentIdentity): boolean {
  return !ignoredSchemes.has(doc.scheme);
}

/**
 * Whether the tone checker considers a document as you type: a configured language, a scheme a
 * person writes in, and a path no `exclude` glob matches (untitled documents have no path to
 * exclude). Whether it is then checked is `decideChecking`'s answer (a draft, New Decline Draft,
 * an `.eml`, `include`, the user's switch).
 */
export function isCheckable(doc: DocumentIdentity, settings: SelectionSettings): boolean {
  if (!isWritable(doc)) return false;
  if (!settings.languages.includes(doc.languageId)) return false;
  if (pathlessSchemes.has(doc.scheme)) return true;
  return !settings.exclude.some((glob) => matchesGlob(glob, doc.path));
}

/** Whether a saved document's path matches one of the `include` globs (untitled documents never do). */
export function isIncluded(doc: DocumentIdentity, settings: SelectionSettings): boolean {
  if (pathlessSchemes.has(doc.scheme)) return false;
  return settings.include.some((glob) => matchesGlob(glob, doc.path));
}

const compiled = new Map<string, RegExp | null>();

/**
 * True when `glob` matches the whole path or any trailing part of it that starts after a `/`, so
 * `*.eml`, `drafts/**` and `**\/drafts/*.md` all do what a person expects whether the path is
 * absolute or relative. Supports `**`, `*`, `?`, `[abc]`, `[!abc]` and `{a,b}`. A malformed glob
 * matches nothing.
 */
export function matchesGlob(glob: string, path: string): boolean {
  const pattern = glob.trim().replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
  if (pattern === '') return false;
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    regex = globToRegExp(pattern);
    compiled.set(pattern, regex);
  }
  if (regex === null) return false;
  const normalized = path.replace(/\\/g, '/');
  if (regex.test(normalized)) return true;
  for (let i = normalized.indexOf('/'); i !== -1; i = normalized.indexOf('/', i + 1)) {
    if (regex.test(normalized.slice(i + 1))) return true;
  }
  return false;
}

/** Translates a glob to an anchored regular expression; null when the glob is malformed. */
export function globToRegExp(glob: string): RegExp | null {
  let out = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const atSegmentStart = i === 0 || glob[i - 1] === '/';
        const atSegmentEnd = i + 2 === glob.length || glob[i + 2] === '/';
        if (atSegmentStart && atSegmentEnd) {
          // `**/` matches zero or more whole folders; a trailing `**` matches everything below.
          if (glob[i + 2] === '/') {
            out += '(?:[^/]*/)*';
            i += 2;
          } else {
            out += '.*';
            i += 1;
          }
          continue;
        }
        i += 1;
      }
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) return null;
      let body = glob.slice(i + 1, close);
      if (body.startsWith('!')) body = `^${body.slice(1)}`;
      out += `[${body.replace(/\\/g, '\\\\')}]`;
      i = close;
    } else if (c === '{') {
      braceDepth++;
      out += '(?:';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      out += ')';
    } else if (c === ',' && braceDepth > 0) {
      out += '|';
    } else {
      out += c.replace(/[.+^$()|\\}\]]/g, '\\$&');
    }
  }
  if (braceDepth !== 0) return null;
  try {
    return new RegExp(`^${out}$`);
  } catch {
    return null;
  }
}
