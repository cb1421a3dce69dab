/**
 * Which other spbe file a YAML file in a folder or glob scan is, if it is not an assessment: the
 * rule that keeps `spbe score DIR` from reading its neighbours as broken assessments. Decided from
 * the file name and the top-level keys at the start of the text (the first 4 KiB is enough: these
 * files open with their identifying keys), never from the whole document:
 *   config     spbe.config.yaml, .yml or .json
 *   framework  top-level `id:` and `predicates:` or `scale:` (schemas/framework.schema.json)
 *   crosswalk  top-level `from:` and `to:` (src/frameworks/crosswalks/)
 *   effort     every top-level key an indicator number, an evidence item code or `default`
 * Anything else is read as an assessment, so a broken assessment is still reported.
 */
export type OtherFileKind = 'config' | 'framework' | 'crosswalk' | 'effort';

/** How much of a file the rule reads. */
export const FILE_KIND_HEAD = 4096;

const CONFIG_NAME = /^spbe\.config\.(ya?ml|json)$/i;

export function otherFileKind(name: string, head: string): OtherFileKind | undefined {
  if (CONFIG_NAME.test(name)) return 'config';
  const keys = [...head.matchAll(/^(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#'"{[\-?:][^:\n]*?))\s*:(?:\s|$)/gm)].map((m) => (m[1] ?? m[2] ?? m[3])!.trim());
  if (keys.length === 0) return undefined;
  const has = (key: string) => keys.includes(key);
  if (has('id') && (has('predicates') || has('scale'))) return 'framework';
  if (has('from') && has('to') && !has('year')) return 'crosswalk';
  if (keys.every((k) => /^(?:default|\d+|I\d+-L\d+-\d+)$/.test(k))) return 'effort';
  return undefined;
}
