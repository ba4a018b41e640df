/**
 * The decline templates the checklist can recommend, by id: the templates module's own list
 * (one source), so a recommendation always names a template that exists.
 */
export { builtinTemplateIds as situationIds, type BuiltinTemplateId as SituationId } from '../templates/load';
