/**
 * Files beside the assessments: spbe.config.yaml, custom framework files, effort files. Each is read
 * (bounded) and parsed with positions like an assessment; its problems are findings from the same
 * schema translator, positioned in the file, and end the run as one UserError (exit 2).
 */
import type { ErrorObject } from 'ajv';
import { problem, UserError } from '../core/errors.js';
import { appendAll, boundFindings, sortFindings, type Finding } from '../core/findings.js';
import { parseYaml, type ParsedSource } from '../document/parse.js';
import { attachPositions } from '../document/positions.js';
import { schemaFindings } from '../document/schema-errors.js';
import { readSource } from './source.js';

export type SideFileKind = 'config' | 'framework' | 'effort';

export class SideFile {
  private readonly findings: Finding[] = [];

  constructor(readonly kind: SideFileKind, readonly shown: string, readonly parsed: ParsedSource) {}

  add(finding: Finding): void {
    this.findings.push(finding);
  }

  addAll(findings: Iterable<Finding>): void {
    appendAll(this.findings, findings);
  }

  /** Schema errors, worded as the same errors in an assessment are. */
  schema(errors: readonly ErrorObject[] | null | undefined): void {
    appendAll(this.findings, schemaFindings(errors, { data: this.parsed.data }));
  }

  /** Findings found later (settings against the framework in use), positioned in this file. */
  locate(findings: Finding[]): Finding[] {
    return sortFindings(attachPositions(findings, this.parsed));
  }

  /** Throws the UserError of this file when anything was found. */
  check(): void {
    if (this.findings.length === 0) return;
    throw sideFileError(this.kind, this.shown, sortFindings(attachPositions(boundFindings(this.findings), this.parsed)));
  }
}

function sideFileError(kind: SideFileKind, file: string, findings: readonly Finding[]): UserError {
  return new UserError(problem('invalidSideFile', { kind }), { findings: findings.map((finding) => ({ file, finding })) });
}

/** Reads and parses a side file; an unreadable file or a YAML error is a UserError. */
export function readSideFile(kind: SideFileKind, path: string, shown: string): SideFile {
  const read = readSource(path);
  if ('finding' in read) throw sideFileError(kind, shown, [read.finding]);
  const file = new SideFile(kind, shown, parseYaml(read.text));
  // An empty file is an empty side file, not a problem (an empty spbe.config.yaml sets nothing).
  file.addAll(file.parsed.findings.filter((f) => f.code !== 'EMPTY_FILE'));
  file.check();
  return file;
}
