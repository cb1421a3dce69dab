/**
 * Files beside the assessments: spbe.config.yaml, custom framework files, effort files. Each is read
 * and parsed with positions like an assessment, and every problem becomes one
 * `file:line:column: message` line, in file order, worded from the catalog.
 */
import type { ErrorObject } from 'ajv';
import type { Position } from '../core/findings.js';
import { t } from '../messages/catalog.js';
import { locate, parseYaml, pointerToSegments, segmentsToPointer, type ParsedSource } from './parse.js';
import { readSource } from './source.js';

export type SideFileKind = 'config' | 'framework' | 'effort';

/** A side file that cannot be used (exit 2); `problems` are "file:line:column: message" lines. */
export class SideFileError extends Error {
  constructor(readonly kind: SideFileKind, readonly problems: string[]) {
    super(`${t().phrases.invalidSideFile({ kind })}\n${problems.join('\n')}`);
    this.name = 'SideFileError';
  }
}

class SideFileProblems {
  private readonly found: (Position & { message: string })[] = [];

  constructor(readonly kind: SideFileKind, readonly shown: string, readonly parsed: ParsedSource) {}

  add(position: Position, message: string): void {
    this.found.push({ ...position, message });
  }

  at(pointer: string, message: string, target: 'key' | 'value' = 'value'): void {
    this.add(locate(this.parsed, pointer, target), message);
  }

  /** Schema errors, worded as the same errors in an assessment are. */
  schema(errors: readonly ErrorObject[]): void {
    const { messages, phrases } = t();
    // The branches of an anyOf each complain; the anyOf error says it once.
    for (const e of errors.filter((error) => !error.schemaPath.includes('/anyOf/'))) {
      const segments = pointerToSegments(e.instancePath);
      const path = segments.join('.');
      if (e.keyword === 'additionalProperties') {
        const field = String(e.params.additionalProperty);
        const allowed = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {}).filter((k) => k !== '$schema');
        this.at(segmentsToPointer([...segments, field]), messages.UNKNOWN_FIELD({ field, allowed: allowed.join(', ') }), 'key');
      } else if (e.keyword === 'required') {
        this.at(e.instancePath, messages.MISSING_FIELD({ path, field: String(e.params.missingProperty) }), 'key');
      } else if (e.keyword === 'enum') {
        this.at(e.instancePath, messages.INVALID_VALUE({ path, allowed: (e.params.allowedValues as unknown[]).join(', ') }));
      } else if (e.keyword === 'anyOf') {
        this.at(e.instancePath, segments.at(-1) === 'weight' ? phrases.invalidWeight({ path }) : phrases.invalidDecimal({ path }));
      } else {
        this.at(e.instancePath, messages.SCHEMA_VIOLATION({ path, detail: e.message ?? e.keyword }));
      }
    }
  }

  /** Throws SideFileError when anything was found. */
  check(): void {
    if (this.found.length === 0) return;
    this.found.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new SideFileError(this.kind, this.found.map((p) => `${this.shown}:${p.line}:${p.column}: ${p.message}`));
  }
}

/** Reads and parses a side file; an unreadable file or a YAML error is a SideFileError. */
export function readSideFile(kind: SideFileKind, path: string, shown: string): SideFileProblems {
  const read = readSource(path);
  if ('finding' in read) throw new SideFileError(kind, [`${shown}: ${read.finding.message}`]);
  const problems = new SideFileProblems(kind, shown, parseYaml(read.text));
  for (const f of problems.parsed.findings) {
    // An empty file is an empty side file, not a problem (an empty spbe.config.yaml sets nothing).
    if (f.code !== 'EMPTY_FILE') problems.add({ line: f.line ?? 1, column: f.column ?? 1 }, f.message);
  }
  problems.check();
  return problems;
}
