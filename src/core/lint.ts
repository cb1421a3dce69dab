/**
 * Evidence lint: rules about what a claimed level should come with. On long-form entries they are
 * warnings by default; a configuration can turn each off or make it an error, and --strict makes
 * every warning an error. A short-form entry (`12: 4`) carries only a level, by choice: it is
 * linted only by the rules the configuration names (`EVIDENCE_MISSING: error` then requires bukti
 * dukung of every indicator, in either form).
 */
import { createFinding, type Finding, type Severity } from './findings.js';

export const LINT_RULES = ['EVIDENCE_MISSING', 'EXPLANATION_MISSING', 'SELF_OVERCLAIM', 'TARGET_BELOW_LEVEL'] as const;
export type LintRule = (typeof LINT_RULES)[number];
export type RuleSetting = 'off' | 'warn' | 'error';

export interface LintSettings {
  rules?: Partial<Record<LintRule, RuleSetting>>;
  strict?: boolean;
}

/** Levels from which evidence and an explanation are expected. */
const EVIDENCE_FROM_LEVEL = 2;
/** A self-assessed level this far above the final one is flagged. */
const OVERCLAIM_GAP = 2;

export function ruleSeverity(rule: LintRule, settings: LintSettings | undefined, shortForm = false): Severity | undefined {
  const configured = settings?.rules?.[rule];
  if (shortForm && configured === undefined) return undefined;
  const setting = configured ?? 'warn';
  if (setting === 'off') return undefined;
  return setting === 'error' || settings?.strict ? 'error' : 'warning';
}

/**
 * The lint findings of one indicator entry, pointing at the field they judge; each has the default
 * severity 'warning', which the caller replaces with its configured one (ruleSeverity).
 */
export function lintEntry(id: number, entry: { level?: unknown; self?: unknown; target?: unknown; evidence?: unknown; evidenceItems?: unknown; explanation?: unknown }, shortForm = false): Finding<LintRule>[] {
  const found: Finding<LintRule>[] = [];
  // A short-form entry has no fields: its findings point at the level itself.
  const at = (field: string) => (shortForm ? `/indicators/${id}` : `/indicators/${id}/${field}`);
  const level = typeof entry.level === 'number' ? entry.level : undefined;
  if (level === undefined) return found;
  // Evidence items of the evaluation application (8/2026) are bukti dukung too.
  const items = Array.isArray(entry.evidenceItems) ? entry.evidenceItems : [];
  const evidence = items.length > 0 ? items : Array.isArray(entry.evidence) ? entry.evidence.filter((e) => typeof e === 'string' && e.trim()) : typeof entry.evidence === 'string' && entry.evidence.trim() ? [entry.evidence] : [];
  if (level >= EVIDENCE_FROM_LEVEL && evidence.length === 0) found.push(createFinding('EVIDENCE_MISSING', { indicator: id, level }, at('level'), 'warning'));
  if (level >= EVIDENCE_FROM_LEVEL && !(typeof entry.explanation === 'string' && entry.explanation.trim())) found.push(createFinding('EXPLANATION_MISSING', { indicator: id, level }, at('level'), 'warning'));
  if (typeof entry.self === 'number' && entry.self - level >= OVERCLAIM_GAP) found.push(createFinding('SELF_OVERCLAIM', { indicator: id, level, self: entry.self, gap: entry.self - level }, at('self'), 'warning'));
  if (typeof entry.target === 'number' && entry.target < level) found.push(createFinding('TARGET_BELOW_LEVEL', { indicator: id, level, target: entry.target }, at('target'), 'warning'));
  return found;
}
