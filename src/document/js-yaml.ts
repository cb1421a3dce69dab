/**
 * js-yaml, loaded when a text first needs it: most files are read by line-read.ts, and setting
 * js-yaml up costs the start of `spbe score FILE` about half a millisecond. In a bundle
 * (scripts/bundle.mjs) the `require` below is esbuild's: the bundled copy, set up on the first call,
 * or in the quick bundle js-yaml.cjs beside it. In the library, which is ES modules without
 * `require`, it is Node's.
 */
import type * as JsYaml from 'js-yaml';
import { createRequire } from 'node:module';

let loaded: typeof JsYaml | undefined;

export function jsYaml(): typeof JsYaml {
  return (loaded ??= (typeof require === 'function' ? require('js-yaml') : createRequire(import.meta.url)('js-yaml')) as typeof JsYaml);
}
