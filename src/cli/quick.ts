/**
 * The common invocation, `spbe score FILE [--format json|jsonl] [--lang en|id]`, answered without
 * commander, eemeli/yaml or any other formatter: a bundle of its own (scripts/bundle.mjs) that
 * bin/spbe.js loads first for `score`. It answers only when the file takes the fast path
 * (document/evaluate-fast.ts) and nothing else in the run needs the full CLI: no other option, no
 * config file, no `previous:` path to follow. Otherwise it returns undefined having written nothing,
 * and the full CLI runs, giving the same output (test/cli.cases.test.ts runs the binary).
 */
import { resolve } from 'node:path';
import { buildReport } from '../core/report.js';
import { evaluateFast } from '../document/evaluate-fast.js';
import type { FormatContext } from '../format/formats.js';
import { formatJson, formatJsonl } from '../format/json.js';
import { plainPalette } from '../format/terminal.js';
import { VERSION } from '../generated/version.js';
import { findConfigFile } from '../io/config-location.js';
import { writeAll, writerSink } from '../io/output.js';
import { sourceKind } from '../io/source-kind.js';
import { DEFAULT_MAX_FILE_SIZE, readSource } from '../io/source.js';
import { compactResult } from '../core/compact-result.js';
import { lazyCatalog, LANGS, type Lang } from '../messages/catalog.js';
import { exitCodeFor } from './exit-code.js';
import type { CliIo } from './io.js';
import { chooseLanguage } from './language.js';

const FORMATTERS = { json: formatJson, jsonl: formatJsonl };
type QuickFormat = keyof typeof FORMATTERS;

/** The file and format of `score FILE` with nothing but --format json|jsonl and --lang, else undefined. */
function quickArgs(argv: readonly string[]): { path: string; format: QuickFormat } | undefined {
  if (argv[0] !== 'score') return undefined;
  let path: string | undefined;
  let format: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--format' || name === '-f') format = inline ?? argv[++i];
    else if (name === '--lang') {
      // commander refuses any other language: let it word that
      if (!LANGS.includes((inline ?? argv[++i]) as Lang)) return undefined;
    } else if (arg.startsWith('-') || path !== undefined || /[*?[\]{}]/.test(arg)) return undefined;
    else path = arg;
  }
  return path !== undefined && (format === 'json' || format === 'jsonl') ? { path, format } : undefined;
}

export async function quickScore(argv: readonly string[], io: CliIo): Promise<number | undefined> {
  const args = quickArgs(argv);
  if (!args || findConfigFile(io.cwd) !== undefined) return undefined;
  const path = resolve(io.cwd, args.path);
  // A table or records file has its own reader in the full CLI (io/source-kind.ts); anything not a
  // regular file is a finding of readSource, which the full CLI words.
  if (sourceKind(path) !== 'yaml') return undefined;
  const read = readSource(path, DEFAULT_MAX_FILE_SIZE);
  if (!('text' in read)) return undefined;
  const result = evaluateFast(read.text, args.path, { lint: { rules: {}, strict: false } });
  if (!result || result.assessment?.previous?.kind === 'path') return undefined;

  const catalog = lazyCatalog(chooseLanguage(argv, io.env));
  const context: FormatContext = { catalog, palette: plainPalette, columns: io.columns ?? 133, tool: { name: 'spbe', version: VERSION }, csv: { delimiter: ',', decimalComma: false } };
  const report = buildReport([compactResult(result)], { command: 'score', gates: {} });
  await writeAll(writerSink(io.stdoutAsync ?? io.stdout), FORMATTERS[args.format](report, context));
  const framework = result.score!.framework;
  if (framework.status === 'provisional') io.stderr(`spbe: ${catalog.ui.notice}: ${catalog.phrases.provisional({ framework: framework.id })}\n`);
  return exitCodeFor({ results: report.results, failedGates: report.failedGates });
}
