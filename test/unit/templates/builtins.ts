// Test helper: the built-in templates exactly as the extension gets them, by bundling the virtual
// module with the real esbuild plugin (precompiled bodies + handlebars/runtime), then evaluating it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { loadBuiltinTemplates, type DeclineTemplate, type PrecompiledTemplateFile } from '../../../src/core/templates';

export const root = path.resolve(__dirname, '..', '..', '..');
export const templatesDir = path.join(root, 'templates');

interface PluginModule {
  templatesPlugin(options?: { dir?: string }): esbuild.Plugin;
  split(text: string): { head: string; body: string };
  moduleId: string;
}

export const plugin = createRequire(__filename)(path.join(root, 'scripts', 'templates-plugin.js')) as PluginModule;

/** Bundles `graceful-decline:builtin-templates` from `dir` and returns its default export. */
export async function bundleTemplates(dir = templatesDir): Promise<PrecompiledTemplateFile[]> {
  const result = await esbuild.build({
    stdin: { contents: `module.exports = require(${JSON.stringify(plugin.moduleId)}).default;`, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    logLevel: 'silent',
    plugins: [plugin.templatesPlugin({ dir })],
  });
  const code = result.outputFiles[0].text;
  const module = { exports: {} as unknown };
  new Function('module', 'exports', 'require', code)(module, module.exports, createRequire(__filename));
  return module.exports as PrecompiledTemplateFile[];
}

let cached: Promise<DeclineTemplate[]> | undefined;

export function builtinTemplates(): Promise<DeclineTemplate[]> {
  cached ??= bundleTemplates().then((files) => {
    const loaded = loadBuiltinTemplates(files);
    if (loaded.problems.length) throw new Error(`built-in template problems: ${JSON.stringify(loaded.problems)}`);
    return loaded.templates;
  });
  return cached;
}

export function templateFiles(): string[] {
  return fs.readdirSync(templatesDir).filter((f) => f.endsWith('.hbs')).sort();
}

/** Realistic values for every field a built-in template uses. */
export const sampleFields: Record<string, string> = {
  recipientName: 'Priya Raman',
  company: 'Northwind Analytics',
  role: 'Senior Data Analyst',
  senderName: 'Jordan Ellis',
  interviewDate: 'Thursday 14 May at 10:00',
  interviewStage: 'second interview',
  questions: 'the team the role sits in and whether it can be based in Leeds',
  referralName: 'Sam Okafor',
  otherRole: 'Analytics Engineer',
  availability: 'on Monday or Tuesday afternoon next week',
  lookingFor: 'remote analytics roles in healthcare',
  reason: 'I have accepted a role that fits my current plans more closely',
};
