/**
 * Evidence lint: rules about what a claimed level should come with. They apply to long-form
 * entries (the short form carries only a level, by choice). Warnings by default; a configuration
 * can turn each off or make it an error, and --strict makes every warning an error.
 */
import type { Severity } from './findings.js';

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

export function ruleSeverity(rule: LintRule, settings: LintSettings | undefined): Severity | undefined {
  const setting = settings?.rules?.[rule] ?? 'warn';
  if (setting === 'off') return undefined;
  return setting === 'error' || settings?.strict ? 'error' : 'warning';
}

export interface LintIssue {
  rule: LintRule;
  indicator: number;
  /** The field the finding points at. */
  field: 'level' | 'self' | 'target';
  params: Record<string, number>;
}

export function lintEntry(id: number, entry: { level?: unknown; self?: unknown; target?: unknown; evidence?: unknown; explanation?: unknown }): LintIssue[] {
  const issues: LintIssue[] = [];
  const level = typeof entry.level === 'number' ? entry.level : undefined;
  if (level === undefined) return issues;
  const evidence = Array.isArray(entry.evidence) ? entry.evidence.filter((e) => typeof e === 'string' && e.trim()) : typeof entry.evidence === 'string' && entry.evidence.trim() ? [entry.evidence] : [];
  if (level >= EVIDENCE_FROM_LEVEL && evidence.length === 0) issues.push({ rule: 'EVIDENCE_MISSING', indicator: id, field: 'level', params: { indicator: id, level } });
  if (level >= EVIDENCE_FROM_LEVEL && !(typeof entry.explanation === 'string' && entry.explanation.trim())) issues.push({ rule: 'EXPLANATION_MISSING', indicator: id, field: 'level', params: { indicator: id, level } });
  if (typeof entry.self === 'number' && entry.self - level >= OVERCLAIM_GAP) issues.push({ rule: 'SELF_OVERCLAIM', indicator: id, field: 'self', params: { indicator: id, level, self: entry.self, gap: entry.self - level } });
  if (typeof entry.target === 'number' && entry.target < level) issues.push({ rule: 'TARGET_BELOW_LEVEL', indicator: id, field: 'target', params: { indicator: id, level, target: entry.target } });
  return issues;
}
