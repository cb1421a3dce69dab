/**
 * The message catalog: one sentence per finding code. Codes are stable (scripts and CI rules
 * depend on them); sentences may be reworded. Official SPBE terms stay in Indonesian.
 */
export type MessageParams = Record<string, string | number | boolean | undefined>;

const list = (value: unknown): string => String(value ?? '');

export const messages = {
  // Reading and YAML syntax
  FILE_UNREADABLE: (p: MessageParams) => `cannot read the file: ${list(p.reason)}`,
  FILE_TOO_LARGE: (p: MessageParams) => `the file is ${list(p.size)} bytes, over the limit of ${list(p.limit)} bytes (--max-file-size)`,
  NOT_UTF8: (p: MessageParams) => (p.encoding ? `the file is ${list(p.encoding)} text; save it as UTF-8` : 'the file is not valid UTF-8 text'),
  EMPTY_FILE: () => 'the file holds no assessment (it is empty or only comments)',
  YAML_SYNTAX: (p: MessageParams) => `YAML syntax error: ${list(p.detail)}`,
  YAML_TAB_INDENT: () => 'tabs cannot indent YAML; use spaces',
  DUPLICATE_KEY: (p: MessageParams) => `duplicate key ${list(p.key)}: each key may appear only once in a mapping`,
  MULTIPLE_DOCUMENTS: () => 'the file holds more than one YAML document; put one assessment per file',
  ALIAS_LIMIT: (p: MessageParams) => `too many YAML aliases (more than ${list(p.limit)}); assessment files do not need them`,
  TOO_DEEP: (p: MessageParams) => `the YAML nests deeper than ${list(p.limit)} levels; an assessment needs about 5`,
  UNKNOWN_ALIAS: (p: MessageParams) => `the alias *${list(p.alias)} refers to no anchor (&${list(p.alias)}) before it`,
  NOT_A_MAPPING: () => 'an assessment must be a YAML mapping (framework, year, agency, indicators, ...)',

  // Structure (JSON Schema)
  MISSING_FIELD: (p: MessageParams) => `missing required field "${list(p.field)}"`,
  UNKNOWN_FIELD: (p: MessageParams) => `unknown field "${list(p.field)}"${p.allowed ? `; expected one of: ${list(p.allowed)}` : ''}`,
  WRONG_TYPE: (p: MessageParams) => `${list(p.what)} must be ${list(p.expected)}, not ${list(p.actual)}`,
  INVALID_VALUE: (p: MessageParams) => `${list(p.what)} must be one of: ${list(p.allowed)}`,
  INVALID_FORMAT: (p: MessageParams) => `${list(p.what)} ${list(p.detail)}`,
  OUT_OF_RANGE: (p: MessageParams) => `${list(p.what)} ${list(p.detail)}`,
  SCHEMA_VIOLATION: (p: MessageParams) => `${list(p.what)} ${list(p.detail)}`,

  // Meaning (checks a schema cannot express)
  LEVEL_NOT_INTEGER: (p: MessageParams) => `level of indikator ${list(p.indicator)} must be a whole number from ${list(p.min)} to ${list(p.max)}, not ${list(p.value)}`,
  LEVEL_OUT_OF_SCALE: (p: MessageParams) => `level ${list(p.value)} of indikator ${list(p.indicator)} is off the scale of ${list(p.framework)} (${list(p.min)}..${list(p.max)})`,
  MISSING_INDICATOR: (p: MessageParams) => `indikator ${list(p.indicators)} of ${list(p.framework)} ${Number(p.count) > 1 ? 'are' : 'is'} missing; every indicator needs a level`,
  UNKNOWN_INDICATOR: (p: MessageParams) => `${list(p.framework)} has no indikator ${list(p.indicator)} (it has ${list(p.range)})`,
  UNKNOWN_FRAMEWORK: (p: MessageParams) => `unknown framework "${list(p.framework)}"; built-in frameworks: ${list(p.available)}`,
  NO_FRAMEWORK_FOR_YEAR: (p: MessageParams) => `no built-in framework covers the year ${list(p.year)}; set "framework" (built-in: ${list(p.available)})`,
  FRAMEWORK_FALLBACK: (p: MessageParams) => `no built-in framework covers ${list(p.year)} yet; scored with ${list(p.framework)}`,
  FRAMEWORK_YEAR_MISMATCH: (p: MessageParams) => `${list(p.framework)} applies to ${list(p.years)}, not to ${list(p.year)}`,
  SERVICES_NOT_ALLOWED: (p: MessageParams) => `indikator ${list(p.indicator)} is scored once, not per service`,
  TOO_MANY_SERVICES: (p: MessageParams) => `indikator ${list(p.indicator)} takes at most ${list(p.max)} services, not ${list(p.count)}`,

  // Previous year
  PREVIOUS_UNREADABLE: (p: MessageParams) => `cannot read the previous assessment ${list(p.path)}: ${list(p.reason)}`,
  PREVIOUS_INVALID: (p: MessageParams) => `the previous assessment ${list(p.path)} is invalid (${list(p.count)} error${Number(p.count) === 1 ? '' : 's'}; run spbe validate on it)`,
  PREVIOUS_NOT_EARLIER: (p: MessageParams) => `the previous assessment is for ${list(p.previousYear)}, not a year before ${list(p.year)}`,
  UNKNOWN_PREDICATE: (p: MessageParams) => `"${list(p.predicate)}" is not a predikat of ${list(p.framework)} (${list(p.available)})`,

  // Evidence lint (warnings unless configured; see src/core/lint.ts)
  EVIDENCE_MISSING: (p: MessageParams) => `indikator ${list(p.indicator)} claims level ${list(p.level)} without bukti dukung (evidence)`,
  EXPLANATION_MISSING: (p: MessageParams) => `indikator ${list(p.indicator)} claims level ${list(p.level)} without penjelasan (explanation)`,
  SELF_OVERCLAIM: (p: MessageParams) => `self-assessed level ${list(p.self)} of indikator ${list(p.indicator)} is ${list(p.gap)} above the final level ${list(p.level)}`,
  TARGET_BELOW_LEVEL: (p: MessageParams) => `target ${list(p.target)} of indikator ${list(p.indicator)} is below its level ${list(p.level)}`,

  // CI gates (reported per file; not findings of the file's content)
  GATE_FAIL_UNDER: (p: MessageParams) => `Indeks ${list(p.index)} is under --fail-under ${list(p.limit)}`,
  GATE_FAIL_UNDER_DOMAIN: (p: MessageParams) => `domain ${list(p.domain)} ${list(p.name)} ${list(p.index)} is under --fail-under-domain ${list(p.domain)}=${list(p.limit)}`,
  GATE_MAX_DROP: (p: MessageParams) => `the index fell by ${list(p.drop)} from ${list(p.previousYear)}, more than --max-drop ${list(p.limit)}`,
} satisfies Record<string, (params: MessageParams) => string>;

/** Sentences that are not findings, in the same catalog. */
export const phrases = {
  decompositionLevels: (p: MessageParams) =>
    `From ${list(p.fromYear)} (${list(p.fromCount)} indicators, ${list(p.fromFramework)}) to ${list(p.toYear)} (${list(p.toCount)} indicators, ${list(p.toFramework)}) the index changed by ${list(p.change)}: ` +
    `${list(p.sharedChange)} is like-for-like change on the ${list(p.shared)} indicators both frameworks share (re-scored with the ${list(p.toFramework)} weights), ` +
    `${list(p.addedEffect)} comes from the ${list(p.added)} indicators new in ${list(p.toFramework)}${p.newDomains ? ` (the ${list(p.newDomains)} domain among them)` : ''}, ` +
    `and ${list(p.droppedEffect)} from the ${list(p.dropped)} indicators ${list(p.fromFramework)} had and ${list(p.toFramework)} dropped, with the old weights.`,
  decompositionPublished: (p: MessageParams) =>
    `From ${list(p.fromYear)} (${list(p.fromFramework)}) to ${list(p.toYear)} (${list(p.toFramework)}) the index changed by ${list(p.change)}: ` +
    `${list(p.addedEffect)} comes from the ${list(p.added)} indicators new in ${list(p.toFramework)}${p.newDomains ? ` (the ${list(p.newDomains)} domain among them)` : ''}; ` +
    `the other ${list(p.sharedAndDropped)} mixes like-for-like change with the old framework's make-up, which only the ${list(p.fromYear)} indicator levels could separate (lower precision: the ${list(p.fromYear)} index is known to 2 decimals).`,
  notLikeForLike: (p: MessageParams) =>
    `${list(p.fromYear)} was scored under ${list(p.fromFramework)} and ${list(p.toYear)} under ${list(p.toFramework)}: the index is not like-for-like, so its change mixes real progress with the change of framework.`,
} satisfies Record<string, (params: MessageParams) => string>;
