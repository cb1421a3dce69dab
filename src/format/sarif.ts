/**
 * `sarif`: SARIF 2.1.0 (OASIS) for GitHub code scanning and other SARIF readers. One run of the
 * tool "spbe": a rule per finding or gate code, a result per finding (error, warning, note) and per
 * failed gate (error, at the file's first line); file paths as relative URI references. Provisional
 * frameworks are tool notifications of the invocation. Checked against the SARIF 2.1.0 schema in
 * test/fixtures/sarif/.
 */
import type { BatchReport } from '../core/report.js';
import { ciProblems, provisionalFrameworks } from './ci-results.js';
import { jsonText } from './escape.js';
import type { FormatContext } from './formats.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** A path as a URI reference: forward slashes, each segment percent-encoded; an absolute path as a file: URI. */
export function fileUri(file: string): string {
  const path = file.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join('/');
  return file.startsWith('/') ? `file://${path}` : path;
}

export function formatSarif(report: BatchReport, { catalog, tool }: FormatContext): string[] {
  const rules = new Map<string, { id: string; name: string }>();
  const results = report.results.flatMap((r) =>
    ciProblems(r, catalog).map((p) => {
      rules.set(p.code, { id: p.code, name: p.code });
      const region = { startLine: p.line, startColumn: p.column, ...(p.endLine !== undefined ? { endLine: p.endLine, endColumn: p.endColumn } : {}) };
      return {
        ruleId: p.code,
        level: LEVEL[p.severity],
        message: { text: p.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(r.file) }, region } }],
        ...(p.gate ? { kind: 'fail', properties: { gate: true } } : {}),
      };
    }),
  );
  const notifications = provisionalFrameworks(report).map((framework) => ({ level: 'note', message: { text: catalog.phrases.provisional({ framework }) } }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: tool.name, version: tool.version, semanticVersion: tool.version, rules: [...rules.values()] } },
        invocations: [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        results,
      },
    ],
  };
  return [`${jsonText(JSON.stringify(log, null, 2))}\n`];
}
