/**
 * Findings: every problem in an input is data with a stable code, a severity and a position.
 * The words live in the message catalog of the run's language (src/messages/), looked up by code.
 */
import type { messages, MessageParams } from '../messages/en.js';
import { t } from '../messages/catalog.js';

export type FindingCode = keyof typeof messages;
export type Severity = 'error' | 'warning' | 'info';

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in characters. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

export interface Finding extends Partial<Position> {
  code: FindingCode;
  severity: Severity;
  message: string;
  /** RFC 6901 pointer into the document ("" for the whole document). */
  pointer: string;
  params?: MessageParams;
}

export function createFinding(
  code: FindingCode,
  params: MessageParams,
  pointer: string,
  position?: Position,
  severity: Severity = 'error',
): Finding {
  const finding: Finding = { code, severity, message: t().messages[code](params), pointer };
  if (position) Object.assign(finding, position);
  if (Object.keys(params).length > 0) finding.params = params;
  return finding;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** Orders findings by position, then code, so output is stable whatever order checks ran in. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code),
  );
}
