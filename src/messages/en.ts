/**
 * The English catalog: every sentence and label spbe shows, by key. Finding codes are stable
 * (scripts and CI rules depend on them); sentences may be reworded. Official SPBE terms (domain,
 * aspek, indikator, predikat and its names, penjelasan, bukti dukung) stay Indonesian in every
 * language. src/messages/id.ts has the same shape.
 */
import type { ActualValue, FindingCode, FindingParams } from '../core/findings.js';
import type { GateCode, GateParams } from '../core/gates.js';
import type { NumberStyle } from './numbers.js';

type Text = string | number;
/** The parameters of a sentence: each named one is required unless wrapped in Partial. */
type P<K extends string> = Record<K, Text>;
/** One sentence per finding code, reading only its code's parameters (a drifting name fails to compile). */
export type Messages = { [C in FindingCode]: (p: FindingParams[C]) => string };
export type GateMessages = { [C in GateCode]: (p: GateParams[C]) => string };

const list = (value: unknown): string => String(value ?? '');
const plural = (n: unknown, one: string, many: string) => `${list(n)} ${Number(n) === 1 ? one : many}`;

const TYPES: Record<string, string> = { integer: 'a whole number', number: 'a number', string: 'text', object: 'a mapping', array: 'a list', boolean: 'true or false', null: 'empty' };

/** "indicators.5.level" -> "level of indikator 5"; "" -> "the assessment". */
export function pathText(path: unknown): string {
  const segments = list(path).split('.').filter(Boolean);
  if (segments[0] === 'indicators' && segments.length >= 2) {
    const rest = segments.slice(2);
    return rest.length === 0 ? `indikator ${segments[1]}` : `${rest.join('.')} of indikator ${segments[1]}`;
  }
  return segments.length === 0 ? 'the assessment' : segments.join('.');
}

function valueText(p: ActualValue): string {
  switch (p.actualKind) {
    case 'empty': return 'empty';
    case 'list': return 'a list';
    case 'mapping': return 'a mapping';
    default: return list(p.actual);
  }
}

/** Builds the catalog: english() does, once, when a run first words something in English. */
function build() {
  const messages: Messages = {
    // Reading and YAML syntax
    FILE_UNREADABLE: (p) => `cannot read the file: ${reason(p.reason)}`,
    FILE_TOO_LARGE: (p) => `the file is ${list(p.size)} bytes, over the limit of ${list(p.limit)} bytes (--max-file-size)`,
    NOT_UTF8: (p) => (p.encoding ? `the file is ${list(p.encoding)} text; save it as UTF-8` : 'the file is not valid UTF-8 text'),
    EMPTY_FILE: () => 'the file holds no assessment (it is empty or only comments)',
    YAML_SYNTAX: (p) => `YAML syntax error: ${list(p.detail)}`,
    YAML_TAB_INDENT: () => 'tabs cannot indent YAML; use spaces',
    DUPLICATE_KEY: (p) => `duplicate key ${list(p.key)}: each key may appear only once in a mapping`,
    MULTIPLE_DOCUMENTS: () => 'the file holds more than one YAML document; put one assessment per file',
    ALIAS_LIMIT: (p) => `too many YAML aliases (more than ${list(p.limit)}); assessment files do not need them`,
    UNKNOWN_ALIAS: (p) => `the alias *${list(p.alias)} refers to no anchor (&${list(p.alias)}) before it`,
    TOO_DEEP: (p) => `the YAML nests deeper than ${list(p.limit)} levels; an assessment needs about 5`,
    TOO_MANY_NODES: (p) => `the YAML has more than ${list(p.limit)} parts (keys, values, separators, comments and line breaks; an alias counts as all it stands for); an assessment has a few thousand`,
    FINDINGS_OMITTED: (p) => `${list(p.count)} more ${list(p.code)} findings in this file are not listed`,
    INTERNAL_ERROR: (p) => `internal error while checking this file (${list(p.detail)}); the other files were checked; please report it`,
    NOT_A_MAPPING: () => 'an assessment must be a YAML mapping (framework, year, agency, indicators, ...)',
    CSV_SYNTAX: () => 'a quoted CSV field is never closed (a " is missing)',
    WORKBOOK_UNREADABLE: (p) => `the workbook cannot be read (${list(p.reason)}); save it as .xlsx`,
    TABLE_NO_HEADER: () => 'no header row found: a table needs a row with an "indikator" column (one row per indicator) or indicator numbers as columns (one row per agency and year)',
    ONE_ASSESSMENT_EXPECTED: (p) => `the file holds ${list(p.count)} assessments; this command takes one`,
    RECORD_NOT_A_FRACTION: (p) => `${list(p.field)} = ${list(p.value)} is no value its indicators can give (a multiple of 1/${list(p.denominator)} rounded to 10 decimals)`,
    RECORD_MISMATCH: (p) => `${list(p.field)} is stored as ${list(p.stored)}, but the aspects give ${list(p.computed)}`,

    // Structure (JSON Schema)
    MISSING_FIELD: (p) => (p.path ? `${pathText(p.path)} needs the field "${list(p.field)}"` : `missing required field "${list(p.field)}"`),
    UNKNOWN_FIELD: (p) => `unknown field "${list(p.field)}"${p.allowed ? `; expected one of: ${list(p.allowed)}` : ''}`,
    WRONG_TYPE: (p) => `${pathText(p.path)} must be ${TYPES[list(p.expected)] ?? list(p.expected)}, not ${valueText(p)}`,
    INVALID_VALUE: (p) => `${pathText(p.path)} must be one of: ${list(p.allowed)}`,
    INVALID_FORMAT: (p) =>
      `${pathText(p.path)} ${p.rule === 'slug' ? 'must be a slug of lowercase letters, digits and hyphens (e.g. kota-banjarbaru)' : p.rule === 'empty' ? 'must not be empty' : p.rule === 'delimiter' ? 'must be one character, not a quote or a line break' : `must match ${list(p.pattern)}`}`,
    OUT_OF_RANGE: (p) => `${pathText(p.path)} must be ${p.bound === 'min' ? '>=' : '<='} ${list(p.limit)}, not ${valueText(p)}`,
    SCHEMA_VIOLATION: (p) => `${pathText(p.path)} ${list(p.detail)}`,

    // Meaning (checks a schema cannot express)
    LEVEL_NOT_INTEGER: (p) => `level of indikator ${list(p.indicator)} must be a whole number from ${list(p.min)} to ${list(p.max)}, not ${valueText(p)}`,
    LEVEL_OUT_OF_SCALE: (p) => `level ${list(p.value)} of indikator ${list(p.indicator)} is off the scale of ${list(p.framework)} (${list(p.min)}..${list(p.max)})`,
    NUMBER_TOO_LONG: (p) => `the value of indikator ${list(p.indicator)} is written with more than ${list(p.max)} digits; write it with fewer`,
    LEVEL_NOT_A_VALUE: (p) => `the value of indikator ${p.indicator} must be a number from ${p.min} to ${p.max} (a decimal such as 1.26 or a fraction such as "7/6"), not ${valueText(p)}`,
    EXTERNAL_NOT_ALLOWED: (p) => `indikator ${p.indicator} of ${p.framework} is not valued by another agency's index`,
    EXTERNAL_WAITING: (p) => `indikator ${p.indicator} is waiting for ${p.source} (menunggu nilai eksternal): it counts as ${p.min} until the value arrives`,
    EXTERNAL_VALUE_MISSING: (p) => `indikator ${p.indicator} has a final external value: give it as external.value`,
    EXTERNAL_MISMATCH: (p) => `indikator ${p.indicator} has level ${p.level}, but its external score ${p.score} converts to ${p.converted}`,
    EVIDENCE_CODE_MISMATCH: (p) => `evidence item ${p.code} does not belong here: its code must name indikator ${p.indicator} and a level from 1 to ${p.max}`,
    EVIDENCE_CODE_DUPLICATE: (p) => `evidence item ${p.code} appears more than once`,
    MISSING_INDICATOR: (p) => `indikator ${list(p.indicators)} of ${list(p.framework)} ${Number(p.count) > 1 ? 'are' : 'is'} missing; every indicator needs a level`,
    UNKNOWN_INDICATOR: (p) => `${list(p.framework)} has no indikator ${list(p.indicator)} (it has ${list(p.range)})`,
    UNKNOWN_FRAMEWORK: (p) => `unknown framework "${list(p.framework)}"; known frameworks: ${list(p.available)} (or the path of a framework file)`,
    FRAMEWORK_FILE_UNREADABLE: (p) => `cannot read the framework file ${p.path}: ${reason(p.reason)}`,
    FRAMEWORK_FILE_INVALID: (p) => `the framework file ${p.path} is invalid (${plural(p.count, 'problem', 'problems')}, the first ${p.code} at line ${p.line}, column ${p.column}; spbe framework show on it lists them)`,
    NO_FRAMEWORK_FOR_YEAR: (p) => `no built-in framework covers the year ${list(p.year)}; set "framework" (built-in: ${list(p.available)})`,
    FRAMEWORK_FALLBACK: (p) => `no built-in framework covers ${list(p.year)} yet; scored with ${list(p.framework)}`,
    FRAMEWORK_YEAR_MISMATCH: (p) => `${list(p.framework)} applies to ${list(p.years)}, not to ${list(p.year)}`,
    SERVICES_NOT_ALLOWED: (p) => `indikator ${list(p.indicator)} is scored once, not per service`,
    TOO_MANY_SERVICES: (p) => `indikator ${list(p.indicator)} takes at most ${list(p.max)} services, not ${list(p.count)}`,

    // Previous year
    PREVIOUS_UNREADABLE: (p) => `cannot read the previous assessment ${list(p.path)}: ${reason(p.reason)}`,
    PREVIOUS_INVALID: (p) => `the previous assessment ${list(p.path)} is invalid (${plural(p.count, 'error', 'errors')}${p.code ? `, the first ${list(p.code)} at ${list(p.at)}` : ''}; run spbe validate on it)`,
    PREVIOUS_NOT_FOUND: (p) => `the previous assessment ${list(p.path)} holds ${list(p.count)} assessments, and none of agency ${list(p.agency)} (${list(p.name)}) before ${list(p.year)}`,
    PREVIOUS_NOT_EARLIER: (p) => `the previous assessment is for ${list(p.previousYear)}, not a year before ${list(p.year)}`,
    UNKNOWN_PREDICATE: (p) => `"${list(p.predicate)}" is not a predikat of ${list(p.framework)} (${list(p.available)})`,

    // Evidence lint (warnings unless configured; see src/core/lint.ts)
    EVIDENCE_MISSING: (p) => `indikator ${list(p.indicator)} claims level ${list(p.level)} without bukti dukung (evidence)`,
    EXPLANATION_MISSING: (p) => `indikator ${list(p.indicator)} claims level ${list(p.level)} without penjelasan (explanation)`,
    SELF_OVERCLAIM: (p) => `self-assessed level ${list(p.self)} of indikator ${list(p.indicator)} is ${list(p.gap)} above the final level ${list(p.level)}`,
    TARGET_BELOW_LEVEL: (p) => `target ${list(p.target)} of indikator ${list(p.indicator)} is below its level ${list(p.level)}`,

    // Effort files
    EFFORT_NOT_MAPPING: () => 'expected a mapping of indicator numbers to the effort of one level step',
    EFFORT_NOT_POSITIVE: (p) => `the effort of ${list(p.indicator)} must be a positive number`,
    INVALID_WEIGHT: (p) => `${pathText(p.path)} must be a positive decimal, a fraction such as "20/6", or "equal"`,
    INVALID_DECIMAL: (p) => `${pathText(p.path)} must be a decimal`,

    // Framework definitions
    FRAMEWORK_WEIGHT_INVALID: (p) => `weight ${list(p.weight)} is not a positive decimal or fraction`,
    FRAMEWORK_EQUAL_SHARE_EMPTY: () => 'nothing is left of the parent weight for the "equal" shares',
    FRAMEWORK_WEIGHT_SUM: (p) => `${p.what} weights${p.parent ? ` of ${p.parent} ${list(p.parentId)}` : ''} add up to ${p.total}, not ${p.expected}`,
    FRAMEWORK_DUPLICATE_ID: (p) => `${list(p.what)} id ${list(p.id)} appears more than once`,
    FRAMEWORK_SCALE: () => 'the scale minimum must be below its maximum',
    FRAMEWORK_LEVEL_NAMES_UNDEFINED: (p) => `level names "${list(p.key)}" are not defined in /scale/levelNames`,
    FRAMEWORK_LEVEL_NAME_MISSING: (p) => `level names "${list(p.key)}" have no name for level ${list(p.level)}`,
    FRAMEWORK_BAND_NOT_DECIMAL: (p) => `${list(p.value)} is not a decimal`,
    FRAMEWORK_BAND_ORDER: () => 'bands must be listed from the highest min to the lowest',
    FRAMEWORK_BAND_LOWEST: (p) => `the lowest band must start at or below the scale minimum ${list(p.min)}`,

    // Settings (flags and spbe.config.yaml) against the frameworks in use
    DOMAIN_KEY_INVALID: (p) => `"${p.key}" is not a domain number (1, 2, 3, ...)`,
    GATE_UNKNOWN_DOMAIN: (p) => `${p.frameworks} has no domain ${p.domain} (domain ${p.available}): the gate would never apply`,
    GATE_NO_DOMAINS: (p) => `${p.frameworks} has no domains (its groups are aspek ${p.aspects}): a gate on domain ${p.domain} would never apply`,
    GATE_UNKNOWN_PREDICATE: (p) => `no predikat "${p.predicate}" in ${p.frameworks} (${p.available})`,
    FRAMEWORK_ID_TAKEN: (p) => (p.by === 'built-in' ? `the framework id ${p.id} is a built-in framework's: give the file's framework another id` : `the framework id ${p.id} is registered twice`),
  };

  /** CI gate failures (per file; not findings of the file's content). */
  const gates: GateMessages = {
    GATE_FAIL_UNDER: (p) => `Indeks ${list(p.index)} is under --fail-under ${list(p.limit)}`,
    GATE_FAIL_UNDER_PREDICATE: (p) => `predikat ${list(p.predicate)} is below --fail-under ${list(p.limit)}`,
    GATE_FAIL_UNDER_DOMAIN: (p) => `domain ${list(p.domain)} ${list(p.name)} ${list(p.index)} is under --fail-under-domain ${list(p.domain)}=${list(p.limit)}`,
    GATE_MAX_DROP: (p) => `the index fell by ${list(p.drop)} from ${list(p.previousYear)}, more than --max-drop ${list(p.limit)}`,
  };

  /** Reasons a file cannot be read, by errno code or by the finding its reading gave (a previous-year file). */
  function reason(code: unknown): string {
    return ({ ENOENT: 'no such file', EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a directory', ELOOP: 'too many symbolic links', FILE_TOO_LARGE: 'it is over the --max-file-size limit', NOT_UTF8: 'it is not UTF-8 text', NOT_REGULAR: 'it is not a regular file (a device, FIFO or socket)', IS_INPUT: 'it is one of the input files', ENOSPC: 'no space left on the device', EIO: 'an input/output error' } as Record<string, string>)[list(code)] ?? list(code);
  }

  /** Sentences that are not findings. */
  const phrases = {
    decompositionLevels: (p: P<'added' | 'addedEffect' | 'change' | 'dropped' | 'droppedEffect' | 'fromCount' | 'fromFramework' | 'fromYear' | 'shared' | 'sharedChange' | 'toCount' | 'toFramework' | 'toYear'> & Partial<P<'newAspects' | 'newDomains'>>) =>
      `From ${list(p.fromYear)} (${list(p.fromCount)} indicators, ${list(p.fromFramework)}) to ${list(p.toYear)} (${list(p.toCount)} indicators, ${list(p.toFramework)}) the index changed by ${list(p.change)}: ` +
      `${list(p.sharedChange)} is like-for-like change on the ${list(p.shared)} indicators both frameworks share (re-scored with the ${list(p.toFramework)} weights), ` +
      `${list(p.addedEffect)} comes from the ${list(p.added)} indicators new in ${list(p.toFramework)}${p.newDomains ? ` (the ${list(p.newDomains)} domain among them)` : ''}${p.newAspects ? ` (the ${list(p.newAspects)} aspect among them)` : ''}, ` +
      `and ${list(p.droppedEffect)} from the ${list(p.fromYear)} side: the ${list(p.dropped)} indicators ${list(p.toFramework)} no longer has, and the old weights.`,
    decompositionPublished: (p: P<'added' | 'addedEffect' | 'change' | 'fromFramework' | 'fromYear' | 'sharedAndDropped' | 'toFramework' | 'toYear'> & Partial<P<'newAspects' | 'newDomains'>>) =>
      `From ${list(p.fromYear)} (${list(p.fromFramework)}) to ${list(p.toYear)} (${list(p.toFramework)}) the index changed by ${list(p.change)}: ` +
      `${list(p.addedEffect)} comes from the ${list(p.added)} indicators new in ${list(p.toFramework)}${p.newDomains ? ` (the ${list(p.newDomains)} domain among them)` : ''}${p.newAspects ? ` (the ${list(p.newAspects)} aspect among them)` : ''}; ` +
      `the other ${list(p.sharedAndDropped)} mixes like-for-like change with the old framework's make-up, which only the ${list(p.fromYear)} indicator levels could separate (lower precision: the ${list(p.fromYear)} index is known to 2 decimals).`,
    crosswalkAssumption: (p: P<'fromFramework' | 'toFramework'>) =>
      `The links from ${list(p.fromFramework)} to ${list(p.toFramework)} are an analyst's assumption, not published by KemenPANRB; an indicator linked to several older ones is compared with the mean of their levels.`,
    projectionNote: (p: P<'count' | 'fromFramework' | 'index' | 'indicators' | 'min' | 'predicate' | 'status' | 'toFramework' | 'weight' | 'year'>) =>
      `Projection, not an evaluation result: the ${list(p.year)} ${list(p.fromFramework)} result (${list(p.index)} ${list(p.predicate)}) carried onto ${list(p.toFramework)} through ${p.status === 'assumption' ? "an analyst's crosswalk (an assumption, not published by KemenPANRB)" : 'a crosswalk'}. ` +
      `Each indicator takes the mean of the levels of the indicators it is linked to` +
      `${Number(p.count) === 0 ? '' : `; ${Number(p.count) === 1 ? 'the indicator' : `the ${list(p.count)} indicators`} without an ancestor (${list(p.indicators)}: ${list(p.weight)} % of the index) ${Number(p.count) === 1 ? 'counts' : 'count'} as ${list(p.min)}`}.`,
    projectedFrom: (p: P<'fromFramework' | 'index' | 'predicate'>) => `projection from ${list(p.fromFramework)} ${list(p.index)} ${list(p.predicate)}`,
    projectionNoCrosswalk: (p: P<'file' | 'fromFramework' | 'toFramework'>) => `--project-to: ${list(p.file)} is scored under ${list(p.fromFramework)}, and no crosswalk leads from it to ${list(p.toFramework)}`,
    notLikeForLike: (p: P<'fromFramework' | 'fromYear' | 'toFramework' | 'toYear'>) =>
      `${list(p.fromYear)} was scored under ${list(p.fromFramework)} and ${list(p.toYear)} under ${list(p.toFramework)}: the index is not like-for-like, so its change mixes real progress with the change of framework.`,
    predicateBasisShort: (p: P<'basis' | 'other' | 'otherPredicate'>) => `predikat on the ${list(p.basis)} index; on the ${list(p.other)} index: ${list(p.otherPredicate)}`,
    formatCannotShow: (p: P<'format' | 'parts'>) => `--format ${list(p.format)} cannot show ${list(p.parts)}; --format table, text or json shows them`,
    tooManyWarnings: (p: P<'max' | 'warnings'>) => `${plural(p.warnings, 'warning', 'warnings')}, more than --max-warnings ${list(p.max)}`,
    settingsDoNotFit: (p: P<'frameworks'>) => `settings that do not fit the frameworks in use (${p.frameworks}):`,
    latestOmitted: (p: P<'count'>) => `--latest: left out ${plural(p.count, 'result', 'results')} of an agency's earlier years`,
    skippedFiles: (p: P<'count' | 'files'>) => `skipped ${plural(p.count, 'file that is', 'files that are')} not an assessment: ${list(p.files)}`,
    stdinTwice: () => '- (standard input) can be read once: give it once',
    outputExtension: (p: P<'extensions' | 'file' | 'format'>) => `-o ${list(p.file)}: --format ${list(p.format)} writes ${list(p.extensions)} files; choose the format that writes this file, or a name that fits`,
    reportFormat: (p: P<'format'>) => `spbe report writes an HTML page or a PDF, not --format ${list(p.format)} (spbe score -f ${list(p.format)} writes that)`,
    reportToTerminal: () => 'spbe report writes an HTML page or a PDF: give the file with -o FILE.html or -o FILE.pdf, or pipe the HTML',
    compareOtherAgency: (p: P<'compare' | 'compareAgency' | 'file' | 'agency'>) => `--compare ${list(p.compare)} is agency ${list(p.compareAgency)}, but ${list(p.file)} is agency ${list(p.agency)}: the change is between two agencies`,
    predicateBasis: (p: P<'basis' | 'other' | 'otherPredicate' | 'predicate'>) => `Predikat ${list(p.predicate)} is assigned on the ${list(p.basis)} index; on the ${list(p.other)} index (--predicate-basis ${list(p.other)}) it would be ${list(p.otherPredicate)}.`,
    provisional: (p: P<'framework'>) => `${list(p.framework)} is provisional: some of its facts come from secondary sources (spbe framework show ${list(p.framework)})`,
    summary: (p: P<'files' | 'invalid' | 'valid'> & Partial<P<'errors' | 'warnings'>>) => {
      const extra = [p.errors ? plural(p.errors, 'error', 'errors') : '', p.warnings ? plural(p.warnings, 'warning', 'warnings') : ''].filter(Boolean).join(', ');
      return `${plural(p.files, 'file', 'files')}: ${list(p.valid)} valid, ${list(p.invalid)} invalid${extra ? ` (${extra})` : ''}`;
    },
    fromYear: (p: P<'change' | 'year'>) => `${list(p.change)} from ${list(p.year)}`,
    selfSummary: (p: P<'count' | 'delta' | 'final' | 'index' | 'over' | 'predicate' | 'under'>) =>
      `Self-assessed (penilaian mandiri): ${list(p.index)} ${list(p.predicate)} (${list(p.delta)} against the final ${list(p.final)}); ${plural(p.over, 'over-claim', 'over-claims')}, ${plural(p.under, 'under-claim', 'under-claims')} of ${list(p.count)} indicators.`,
    evidenceSummary: (p: P<'count' | 'delta' | 'final' | 'index' | 'over' | 'predicate' | 'under'>) =>
      `From accepted evidence (bukti dukung diterima): ${p.index} ${p.predicate} (${p.delta} against the assessors' ${p.final}); the evidence earns less on ${plural(p.under, 'indicator', 'indicators')} and more on ${p.over} of ${p.count} with evidence items.`,
    waitingExternal: (p: P<'indicators' | 'min'>) => `Waiting for another agency's index (menunggu nilai eksternal): indikator ${p.indicators}, counted as ${p.min} until the value arrives.`,
    targetSummary: (p: P<'delta' | 'final' | 'index' | 'over' | 'predicate'>) => `Target: ${list(p.index)} ${list(p.predicate)} (${list(p.delta)} from ${list(p.final)}); ${plural(p.over, 'indicator', 'indicators')} to raise.`,
    marginNext: (p: P<'above' | 'floor' | 'next' | 'nextFloor' | 'predicate' | 'short'>) => `Margin: ${list(p.above)} above the ${list(p.predicate)} floor (${list(p.floor)}); ${list(p.short)} short of ${list(p.next)} (${list(p.nextFloor)}).`,
    marginTop: (p: P<'above' | 'floor' | 'predicate'>) => `Margin: ${list(p.above)} above the ${list(p.predicate)} floor (${list(p.floor)}); the top band.`,
    whatIf: (p: P<'delta' | 'from' | 'fromPredicate' | 'indexName' | 'to' | 'toPredicate'>) => `${list(p.indexName)} ${list(p.from)} → ${list(p.to)} (${list(p.delta)}), predikat ${list(p.fromPredicate)} → ${list(p.toPredicate)}`,
    planTooLarge: (p: P<'limit'>) => `Not planned: the framework's weights and the values' denominators make the exact search table larger than ${list(p.limit)} cells; round values to 2 decimals.`,
    planAlready: () => 'Already reached: no steps needed.',
    planUnreachable: (p: P<'count'>) => `Out of reach under these constraints. The best reachable result takes all ${list(p.count)} allowed steps:`,
    planFewest: (p: P<'indicators' | 'steps'>) => `Fewest level steps: ${plural(p.steps, 'step', 'steps')} on ${list(p.indicators)} indikator.`,
    planEffort: (p: P<'effort' | 'indicators' | 'steps'>) => `Least total effort: ${list(p.effort)}: ${plural(p.steps, 'step', 'steps')} on ${list(p.indicators)} indikator.`,
    planConstraints: (p: P<'basis' | 'maxStep'> & Partial<P<'exclude' | 'only'>>) => `at most ${plural(p.maxStep, 'level', 'levels')} up per indicator${p.only ? `; only ${list(p.only)}` : ''}${p.exclude ? `; not indikator ${list(p.exclude)}` : ''}; predikat on the ${list(p.basis)} index`,
    planProjected: (p: P<'groups' | 'exact' | 'index' | 'predicate'>) => `Projected: ${list(p.index)} ${list(p.predicate)} (exact ${list(p.exact)}); domains ${list(p.groups)}`,
    planProjectedAspects: (p: P<'groups' | 'exact' | 'index' | 'predicate'>) => `Projected: ${p.index} ${p.predicate} (exact ${p.exact}); aspek ${p.groups}`,
    evidencePlanMode: () => 'Planned over evidence items: an indicator counts at its evidence level (a level only when all its main items and those of every lower level are diterima).',
    evidencePlanBaseline: (p: P<'index' | 'predicate'>) => `At the current evidence levels: ${list(p.index)} ${list(p.predicate)}.`,
    evidencePlanFewest: (p: P<'indicators' | 'items'>) => `Fewest evidence items: ${plural(p.items, 'item', 'items')} to get accepted on ${list(p.indicators)} indikator.`,
    evidencePlanEffort: (p: P<'effort' | 'indicators' | 'items'>) => `Least total effort: ${list(p.effort)}: ${plural(p.items, 'item', 'items')} to get accepted on ${list(p.indicators)} indikator.`,
    evidencePlanUnreachable: (p: P<'items'>) => `Out of reach with the items listed. The best reachable result needs ${plural(p.items, 'item', 'items')} accepted:`,
    evidencePlanTooLarge: (p: P<'limit'>) => `Not planned: the efforts make the exact search table larger than ${list(p.limit)} cells; use simpler efforts (fewer distinct denominators).`,
    reportPlan: (p: P<'count' | 'index' | 'predicate'>) => `Raising ${Number(p.count) === 1 ? 'this indicator' : `these ${list(p.count)} indicators`} by one level each (the fewest steps, found by exact search) lifts the index to ${list(p.index)} ${list(p.predicate)}.`,
    reportPlanUnreachable: (p: P<'index' | 'target'>) => `${list(p.target)} cannot be reached in one year of one-level steps; raising every indicator by one level gives ${list(p.index)}.`,
    reportTop: (p: P<'predicate'>) => `${list(p.predicate)} is the top band.`,
    whatIfIntro: (p: P<'range'>) => `Change any level (${list(p.range)}) to see the aspects, domains, index and predikat by the same exact arithmetic as spbe score --what-if; nothing leaves this page.`,
    pageOf: (p: P<'page' | 'pages'>) => `Page ${list(p.page)} of ${list(p.pages)}`,
    reportFooter: (p: P<'version'>) => `Computed by spbe ${list(p.version)} with exact arithmetic; published values are the exact values rounded half-up to 2 decimals.`,
    reportSince: (p: P<'change' | 'index' | 'predicate' | 'year'>) => `${list(p.change)} since ${list(p.year)} (${list(p.index)} ${list(p.predicate)})`,
    reportMany: (p: P<'count'>) => `SPBE: ${plural(p.count, 'assessment', 'assessments')}`,
    reportStats: (p: P<'max' | 'mean' | 'median' | 'min'> & Partial<P<'cohort'>>) => `${p.cohort ? `${list(p.cohort)}: ` : ''}Mean ${list(p.mean)} · median ${list(p.median)} · from ${list(p.min)} to ${list(p.max)}`,
    scored: (p: P<'count' | 'predicates'>) => `${list(p.count)} scored: ${list(p.predicates)}`,
    selfStatsTitle: (p: P<'agencies'>) => `Self-assessment against the final levels (${plural(p.agencies, 'agency', 'agencies')} with self levels)`,
    initHeader: (p: P<'agency' | 'framework' | 'year'>) => `SPBE assessment: ${list(p.agency)}, ${list(p.year)}, ${list(p.framework)}.`,
    initFill: (p: P<'max' | 'min'>) => `Replace every ~ with a level (${list(p.min)}..${list(p.max)}); an empty level fails validation. Add`,
    initEvidence: () => 'penjelasan (explanation) and bukti dukung (evidence) for every level of 2 or more.',
    initServices: (p: P<'max'>) => `one level per sampled public service, up to ${list(p.max)}`,
    initExternal: (p: P<'min'>) => `waiting for the other agency's index: counts as ${p.min}; set status: final and value when it arrives`,
    workbookLevelPrompt: (p: P<'max' | 'min'>) => `a level from ${list(p.min)} to ${list(p.max)}`,
    initWrote: (p: P<'count' | 'file'>) => `wrote ${list(p.file)}: ${list(p.count)} indicators to fill`,
    invalidSideFile: (p: P<'kind'>) => `invalid ${({ config: 'configuration', framework: 'framework file', effort: 'effort file' } as Record<string, string>)[list(p.kind)]}:`,
    cannotRead: (p: P<'path' | 'reason'>) => `cannot read ${list(p.path)}: ${reason(p.reason)}`,
    cannotWrite: (p: P<'path' | 'reason'>) => `cannot write ${list(p.path)}: ${reason(p.reason)}`,
    noMatch: (p: P<'pattern'>) => `no assessment files match ${list(p.pattern)}`,
    noYamlIn: (p: P<'path'>) => `no *.yaml or *.yml files in ${list(p.path)}`,
    whatIfSkipped: (p: P<'reason'>) => `${p.reason}: that file is shown without --what-if`,
    whatIfUnknownIndicator: (p: P<'framework' | 'file' | 'indicator'>) => `--what-if: ${p.framework} (${p.file}) has no indikator ${p.indicator}`,
    whatIfPerService: (p: P<'framework' | 'indicator'>) => `--what-if: indikator ${p.indicator} of ${p.framework} is scored per service; change its services in the file`,
    whatIfOffScale: (p: P<'framework' | 'indicator' | 'level' | 'min' | 'max'>) => `--what-if: level ${p.level} of indikator ${p.indicator} is off the scale of ${p.framework} (${p.min}..${p.max})`,
    needsOutputFile: (p: P<'format'>) => `--format ${p.format} writes ${p.format === 'pdf' ? 'a PDF document' : 'a workbook'}: give the file with -o FILE.${p.format}`,
    unknownFrameworkOption: (p: P<'framework'>) => `unknown framework "${p.framework}"`,
    frameworkHint: (p: P<'available'>) => `built-in frameworks: ${p.available}; or give the path of a framework file`,
    targetInvalid: (p: P<'target' | 'framework' | 'min' | 'max'>) => `--target "${p.target}" is neither a predikat of ${p.framework} nor an index from ${p.min} to ${p.max}`,
    predicateHint: (p: P<'predicates'>) => `predikat: ${p.predicates}`,
    noSuchGroup: (p: P<'option' | 'framework' | 'group' | 'id'>) => `${p.option}: ${p.framework} has no ${p.group} ${p.id}`,
    agencyNameInvalid: (p: P<'agency'>) => `--agency "${p.agency}": an agency's name is one line of text, not empty`,
    agencyIdInvalid: (p: P<'id'>) => `--agency-id "${p.id}" is not an id: lowercase letters a-z, digits and single hyphens (e.g. kota-banjarbaru)`,
    agencyIdNeeded: (p: P<'agency'>) => `--agency "${p.agency}" has no letter a-z or digit to make agency.id from: give one with --agency-id (e.g. --agency-id kota-contoh)`,
    yearInvalid: (p: P<'year'>) => `--year ${p.year} is not an evaluation year`,
    noFrameworkForYear: (p: P<'year'>) => `no built-in framework covers ${p.year}; give --framework`,
    perService: (p: P<'max'>) => `per service, up to ${p.max}`,
    convertOneOnly: (p: P<'count' | 'format'>) => `the input holds ${list(p.count)} assessments; ${list(p.format)} takes one (write a workbook or a wide CSV)`,
    convertLoses: (p: P<'count' | 'what'>) => `the output cannot carry ${list(p.count)} value(s) of the input (${list(p.what)}); write a workbook or YAML, or pass --lossy to drop them`,
    convertDropped: (p: P<'count' | 'what'>) => `warning: --lossy dropped ${list(p.count)} value(s) the output cannot carry: ${list(p.what)}`,
    convertMixedFrameworks: () => 'a wide CSV holds one framework; these assessments use several',
    exists: (p: P<'path'>) => `${list(p.path)} exists; use --force to overwrite it`,
    benchmark: (p: P<'cohort' | 'framework' | 'percentile' | 'rank' | 'size' | 'year'>) => `Benchmark against ${list(p.cohort)} (${list(p.year)}, ${list(p.framework)}, ${plural(p.size, 'agency', 'agencies')} in this run): rank ${list(p.rank)} of ${list(p.size)}, percentile ${list(p.percentile)} (the share of the others with a lower index).`,
    benchmarkAlone: (p: P<'cohort' | 'framework' | 'rank' | 'size' | 'year'>) => `Benchmark against ${list(p.cohort)} (${list(p.year)}, ${list(p.framework)}): alone in its cohort in this run (rank ${list(p.rank)} of ${list(p.size)}, no percentile).`,
    benchmarkShort: (p: P<'cohort' | 'percentile' | 'rank' | 'size'>) => `rank ${list(p.rank)}/${list(p.size)} in ${list(p.cohort)}, percentile ${list(p.percentile)}`,
    indicatorsViaCrosswalk: (p: P<'fromFramework' | 'fromYear' | 'toFramework'>) => `Indicator changes from ${list(p.fromYear)} (${list(p.fromFramework)}) to ${list(p.toFramework)} go through the crosswalk: each indicator against the mean of the older indicators it continues; an indicator new in ${list(p.toFramework)} has no previous value.`,
    benchmarkNoCohort: (p: P<'by'>) => `No benchmark: the file names no ${list(p.by)}.`,
  };

  /** Headings and labels. */
  const ui = {
    domain: 'Domain',
    weight: 'Weight',
    index: 'Index',
    change: 'Change',
    predikat: 'Predikat',
    agency: 'Agency',
    year: 'Year',
    file: 'File',
    level: 'Level',
    levelName: 'Level name',
    contribution: 'Contribution',
    gain: 'Gain',
    whatIfNow: 'In the file',
    whatIfReset: 'Reset',
    whatIfCopy: 'Copy as --what-if',
    whatIfFractional: '--what-if takes whole levels; put these values into the file to score them with the CLI:',
    signerName: '(name)',
    signerPosition: '(position)',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    effort: 'Effort',
    aspek: 'Aspek',
    indikator: 'Indikator',
    final: 'Final',
    self: 'Self',
    target: 'Target',
    difference: 'Difference',
    gap: 'Gap',
    over: 'Over',
    under: 'Under',
    toRaise: 'To raise',
    agencies: 'Agencies',
    indicators: 'Indicators',
    overClaims: 'Over-claims',
    rate: 'Rate',
    underClaims: 'Under-claims',
    mean: 'mean',
    median: 'median',
    min: 'min',
    max: 'max',
    decomposition: 'the cross-framework decomposition of the change',
    note: 'Note',
    gate: 'gate',
    error: 'error',
    warning: 'warning',
    info: 'info',
    whatIf: 'What if',
    assessor: 'Assessors',
    frameworkColumn: 'Framework',
    newRuler: 'new framework: the index is not comparable with the years before',
    threeWay: 'Assessors, self-assessment (mandiri) and evidence',
    waitingShort: 'menunggu nilai eksternal',
    evidenceLevel: 'Evidence level',
    holdingUp: 'Holding up the next level',
    noItemsListed: 'no main item listed for the next level',
    sensitivity: 'Sensitivity',
    sensitivityIntro: 'the index gain of one more level, largest first',
    plusOneLevel: '+1 level',
    target_: 'Target',
    selfDiffers: 'Indicators where the self level differs',
    toRaiseList: 'Indicators to raise',
    none: 'none',
    domains: 'domains',
    summary: 'Summary',
    findings: 'Findings',
    location: 'Location',
    severity: 'Severity',
    message: 'Message',
    code: 'Code',
    spbeIndex: 'SPBE index',
    domainIndices: 'Domain indices',
    aspectIndices: 'Aspek indices',
    overTheYears: 'over the years',
    nextPredicate: 'Next predikat',
    planTo: 'Plan to',
    penjelasan: 'Penjelasan',
    buktiDukung: 'Bukti dukung',
    ranking: 'Ranking',
    perPredicate: 'Agencies per predikat',
    domainAverages: 'Domain averages (mean)',
    provisionalFramework: 'provisional framework',
    noValidAssessment: 'No valid assessment',
    frameworkLabels: { id: 'id', title: 'title', regulation: 'regulation', citation: 'citation', status: 'status', years: 'years', levels: 'levels', levelNames: 'level names', predikat: 'predikat', note: 'note' },
    frameworkTable: 'Domain / aspek / indikator',
    /** Column and sheet names of the workbook and the CSV shapes; readers accept these in either language. */
    sheet: {
      framework: 'Framework', year: 'Year', agency: 'Agency', agency_id: 'Agency id', category: 'Category', province: 'Province', stage: 'Stage',
      previous: 'Previous file', previous_year: 'Previous year', previous_index: 'Previous index', previous_predicate: 'Previous predikat', previous_framework: 'Previous framework', previous_domain: 'Previous domain',
      indicator: 'Indikator', name: 'Name', aspect: 'Aspek', domain: 'Domain', weight: 'Weight (%)', level_names: 'Level names',
      level: 'Level', self: 'Self', target: 'Target', explanation: 'Penjelasan', evidence: 'Bukti dukung', sector: 'Sector',
      external_status: 'External status', external_source: 'External source', external_value: 'External value',
      item: 'Item', status: 'Status', revision: 'Revision', main: 'Main', unit: 'Unit', note: 'Note', link: 'Link',
      summary: 'summary', domains: 'domains', aspects: 'aspects', indicators: 'indicators', findings: 'findings', evidenceView: 'evidence',
      file: 'file', exactIndex: 'exact index', predicate: 'predikat', valid: 'valid', errors: 'errors', warnings: 'warnings', change: 'change',
      index: 'index', contribution: 'contribution', location: 'location', severity: 'severity', code: 'code', message: 'message',
      assessors: 'assessors', mandiri: 'self (mandiri)', evidenceLevel: 'evidence level', waiting: 'waiting for external index', previousValue: 'previous', yoy: 'change',
    },
    anyYear: 'any year',
    onward: 'onward',
    outOfReach: 'Out of reach under these constraints',
    projected: 'Projected',
    evidenceItem: 'Item',
    evidenceStatus: 'Status',
    responsibleUnit: 'Unit',
    evidenceItems: 'Evidence items by unit',
    hint: 'hint',
    notice: 'notice',
    internalError: 'internal error',
    reportBug: 'Run again with --debug for the stack trace, and please report it.',
    helpTitles: {} as Record<string, string>,
    /** Commander's own error sentences, as [pattern, replacement] (English: as commander words them). */
    commanderErrors: [] as (readonly [string, string])[],
    languageName: 'English',
    benchmarkTitle: 'Benchmark',
    newIndicator: 'new',
    viaCrosswalk: 'via crosswalk',
    notComparable: 'not comparable',
    benchmarkAll: 'all agencies',
    benchmarkBy: { category: 'category', province: 'province', all: 'all' },
    /** --group-by's field as a summary's title names it ("province: Jawa Barat"). */
    groupBy: { category: 'category', province: 'province', year: 'year' } as Record<string, string>,
    cohort: 'Cohort',
    cohortRank: 'Rank',
    percentile: 'Percentile',
    cohortMean: 'Cohort mean',
    cohortMedian: 'Cohort median',
    fromMean: '± mean',
    fromMedian: '± median',
  };

  /** Help text of the commands and options. */
  const help = {
    program: "Exact calculator for Indonesia's SPBE index (Sistem Pemerintahan Berbasis Elektronik)",
    examples: 'Examples',
    exitCodes: 'Exit codes: 0 all valid, 1 findings (errors) or a failed gate, 2 usage error or unreadable path.',
    debug: 'print stack traces of internal errors',
    lang: "language of the interface: en or id (default: the config's lang, else LC_ALL / LC_MESSAGES / LANG)",
    version: 'output the version number',
    helpOption: 'display help for command',
    score: 'validate assessment files and print their SPBE index, domains, predikat and change',
    validate: 'check assessment files against the schema and the framework (no scores), for CI',
    report: 'write an HTML report with charts, or a PDF (-o FILE.pdf or -f pdf) (one agency: badge, domains, aspect radar, trend, plan, indicators; several: ranking and distribution)',
    plan: 'the fewest level increases (or the least effort) that reach a predikat or an index, found by exact search',
    init: 'write an assessment template with every indicator, ready to fill in',
    frameworks: 'list the built-in frameworks and those the config registers',
    framework: 'show one framework',
    frameworkShow: 'print the domains, aspects, indicators, weights, level names and predikat bands of a framework',
    paths: 'assessment files (YAML, CSV, xlsx, or a JSON array of national records), folders (searched for *.yaml, *.yml, *.csv, *.xlsx), quoted globs, or - for stdin',
    format: 'output format (default: table on a terminal, text otherwise)',
    output: 'write the report to this file (atomically) instead of stdout',
    stdinFilepath: 'name of the standard input in messages',
    jobs: 'worker threads, 0 to 64 (default: automatic; 0 = none)',
    config: 'configuration file (default: the nearest spbe.config.yaml|yml|json upwards from the working directory)',
    strict: 'treat evidence-lint warnings as errors',
    maxFileSize: 'refuse larger input files (default 5MB)',
    color: 'force colour',
    noColor: 'no colour (also: NO_COLOR=1)',
    detail: 'add detail to the table',
    predicateBasis: "assign the predikat from the exact or the rounded index (default: the published practice of the file's year, from the framework: 2023 rounded, 2024 and later exact)",
    compare: "compare with this assessment instead of each file's `previous`",
    frameworkOption: "score with this framework (a built-in id or a framework file) instead of the file's",
    validateFramework: "validate against this framework (a built-in or registered id, or a framework file) instead of the file's",
    quiet: 'report errors only (as ESLint): warnings and notes are left out of the output and the counts, and no notices go to stderr',
    maxWarnings: 'exit 1 when there are more than N warnings',
    noGates: 'switch every gate off, those of the config file too',
    failUnderIndex: "gate: exit 1 when a file's index is below this, or its predikat below this one (--fail-under Baik)",
    ignorePattern: 'leave out files of folder and glob scans that match this glob (repeatable; without a slash it matches a file name anywhere)',
    failUnderDomain: 'gate: exit 1 when a domain is below the value (repeatable)',
    maxDrop: 'gate: exit 1 when the index fell by more than this from the previous year',
    groupBy: 'summary per group of agencies (category, province) or per year',
    latest: "each agency's latest year only (ranking and summary)",
    benchmark: 'each result against its cohort in this run (the same framework, year and category, province, or all): rank, percentile, distance to the mean and median',
    csvDelimiter: 'csv field separator (default , or ; with --decimal-comma)',
    decimalComma: 'csv decimals with a comma (2,74), for spreadsheets set to Indonesian',
    whatIf: 'project the result with other levels: INDICATOR=LEVEL[,...]',
    projectTo: 'project each result onto this framework through its crosswalk (a Pemdi 2026 baseline from a 2025 SPBE file: --project-to permenpanrb-8-2026); the result says it is a projection',
    file: 'an assessment file',
    target: 'a predikat ("Baik", "Sangat Baik", ...) or an index value (3.0)',
    maxStep: 'at most N levels up per indicator',
    only: 'only raise indicators of these aspects or domains: aspect:8,domain:3',
    exclude: 'never raise these indicators: 45,46',
    effortFile: 'YAML map of indicator -> effort per level step (and `default`); minimise total effort',
    planBasis: "reach the predikat on the exact or the rounded index (default: the practice of the file's year)",
    planFramework: "plan with this framework instead of the file's",
    agency: 'the agency, e.g. "Pemerintah Kota Banjarbaru"',
    agencyId: 'agency.id (default: made from the name, e.g. pemerintah-kota-banjarbaru)',
    year: 'the evaluation year',
    initFramework: 'the framework (default: the one for the year)',
    initOutput: 'write to this file (default: standard output)',
    convert: 'convert an assessment between YAML, a workbook (.xlsx) and CSV (long: one row per indicator; wide: one row per agency and year), by the output file\'s extension',
    convertInput: 'the assessment to convert (YAML, xlsx, CSV)',
    convertOutput: 'the file to write (.yaml, .xlsx, .csv); default: standard output',
    convertTo: 'the output format when the file name does not say it',
    shape: 'the CSV shape: long (one row per indicator) or wide (one row per agency and year)',
    convertDecimalComma: 'CSV with ; separators and decimal commas (2,5), for spreadsheets set to Indonesian',
    lossy: 'drop, with a warning, what the output cannot carry instead of refusing',
    initFormat: 'yaml (default) or xlsx: a fillable workbook (needs -o FILE.xlsx)',
    force: 'overwrite an existing file',
    frameworkId: 'a built-in framework id (spbe frameworks) or the path of a framework file',
    formatPlain: 'output format',
    allowedChoices: 'Allowed choices are',
    expectedWholeNumber: 'Expected a whole number (0 or more).',
    expectedJobs: 'Expected a whole number of worker threads from 0 (none) to 64.',
    expectedDate: 'Expected a date as YYYY-MM-DD, e.g. 2025-03-14.',
    reportDate: 'the date printed on the report, YYYY-MM-DD (default: today)',
    signerName: "name in the PDF report's signature block (or signer.name in the config)",
    signerPosition: 'position in the signature block (or signer.position)',
    signerPlace: 'place before the date in the signature block (or signer.place)',
    expectedOutputFile: 'Expected the name of a file (leave out -o to write to standard output).',
    expectedIndex: 'Expected a number from 0 to 5.',
    expectedDomainValue: 'Expected DOMAIN=VALUE: a domain number (1, 2, 3, ...) and an index from 0 to 5, e.g. 3=1.5.',
    expectedCharacter: 'Expected one character (or "tab"), not a quote or a line break.',
    expectedWhatIf: 'Expected INDICATOR=LEVEL[,INDICATOR=LEVEL...], e.g. 45=4,21=2.',
    expectedGroups: 'Expected aspect:N or domain:N (or AN, DN), comma-separated.',
    expectedIndicators: 'Expected indicator numbers, e.g. 45,46.',
    expectedSize: 'Expected a size such as 5MB, 512KB or 1048576.',
  };

  /** English punctuation of numbers: 2.74, and no group separator (1234), as every English view has written them. */
  const numbers: NumberStyle = { decimal: '.', group: '' };
  return { lang: 'en' as const, messages, gates, phrases, ui, help, reason, numbers };
}

/** The English catalog: built on first use (catalog.ts), so that a run pays only for the languages it speaks. */
export type EnglishCatalog = ReturnType<typeof build>;

let built: EnglishCatalog | undefined;

export function english(): EnglishCatalog {
  return (built ??= build());
}
