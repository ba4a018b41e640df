// Decline templates: front matter, rendering with visible placeholders, and the draft/mailto helpers.
export * from './types';
export { commonFieldLabels, humanize, labelFor, placeholderText } from './fields';
export { splitTemplate, parseFrontMatter } from './frontMatter';
export { compileSubset } from './subset';
export { fromHandlebars, type HandlebarsDelegate } from './handlebars';
export { renderTemplate, type FieldValues, type Placeholder, type RenderedDraft } from './render';
export { splitDraft, buildMailto, defaultMailtoLength, type DraftParts, type Mailto, type MailtoOptions } from './draft';
export {
  builtinTemplateIds,
  customIdPrefix,
  customTemplateLimitBytes,
  describeProblem,
  loadBuiltinTemplates,
  loadCustomTemplate,
  type BuiltinTemplateId,
  type Loaded,
  type PrecompiledTemplateFile,
} from './load';
