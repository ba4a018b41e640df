import type { RenderScope, TemplateFn } from './types';

/** The shape of a Handlebars template function (compiled or precompiled), without importing Handlebars here. */
export type HandlebarsDelegate = (context: unknown, options?: { helpers?: Record<string, (...args: never[]) => unknown> }) => string;

interface HelperOptions {
  name: string;
  fn(context: unknown): string;
  inverse(context: unknown): string;
}

/**
 * Adapts a Handlebars template (compiled with `noEscape`) to our render scope: a name the front
 * matter never declared renders as a placeholder instead of vanishing, and `{{#if}}` treats an
 * unfilled field (which holds its placeholder) as empty.
 */
export function fromHandlebars(delegate: HandlebarsDelegate): TemplateFn {
  return (scope: RenderScope) => {
    const truthy = (value: unknown): boolean => !scope.isPlaceholder(value) && Boolean(value) && !(Array.isArray(value) && value.length === 0);
    const helpers = {
      helperMissing(...args: unknown[]): unknown {
        const options = args[args.length - 1] as HelperOptions;
        if (args.length === 1) return scope.value(options.name);
        throw new Error(`unknown helper "${options.name}"`);
      },
      if(this: unknown, value: unknown, options: HelperOptions): string {
        return truthy(value) ? options.fn(this) : options.inverse(this);
      },
      unless(this: unknown, value: unknown, options: HelperOptions): string {
        return truthy(value) ? options.inverse(this) : options.fn(this);
      },
    };
    return delegate(scope.values, { helpers: helpers as unknown as Record<string, (...args: never[]) => unknown> });
  };
}
