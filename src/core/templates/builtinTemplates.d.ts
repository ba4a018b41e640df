// The build's virtual module (scripts/templates-plugin.js): every templates/*.hbs, precompiled.
// Its element type matches PrecompiledTemplateFile in load.ts (spelled out: ambient modules cannot import relatively).
declare module 'graceful-decline:builtin-templates' {
  const files: readonly {
    file: string;
    text: string;
    template: (context: unknown, options?: { helpers?: Record<string, (...args: never[]) => unknown> }) => string;
  }[];
  export default files;
}
