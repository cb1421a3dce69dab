/**
 * The layer rule of shared/spec/architecture.md, checked on every import of src/:
 *
 *   bin -> src/cli -> src/index.ts | src/run -> src/format | src/io -> src/document -> src/core -> src/messages -> data
 *
 * A file may import its own folder and the layers its entry below allows. Formatters are pure over
 * the report (core and messages only: never io or document). core may import messages for types
 * only; messages may import only types, and only from core's findings, gates and errors. The pure
 * layers (format, document, core, messages) import no effectful node built-in and read no `process`.
 *
 * Imports are read from the TypeScript syntax tree, not from the text: `import type` / `export type`
 * and `import('x').T` in a type are type-only (erased); `import { type A } from 'x'` is not (with
 * verbatimModuleSyntax it still loads x), nor are side-effect imports, `await import('x')` and
 * `require('x')`. A failure lists each offending edge as "from -> to (why)".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/root.js';

const SRC = join(ROOT, 'src');

type Layer = 'cli' | 'index' | 'run' | 'format' | 'io' | 'document' | 'core' | 'messages' | 'data';

/** The layer of a path relative to src/ (forward slashes), or undefined for a file no layer owns. */
function layerOf(path: string): Layer | undefined {
  if (path === 'cli.ts' || path.startsWith('cli/')) return 'cli';
  if (path === 'index.ts') return 'index';
  const top = path.split('/')[0];
  if (top === 'run' || top === 'format' || top === 'io' || top === 'document' || top === 'core' || top === 'messages') return top;
  if (top === 'generated' || top === 'frameworks') return 'data';
  return undefined;
}

/** What each layer may load at run time (its own folder always). */
const RUNTIME: Record<Layer, readonly Layer[]> = {
  cli: ['index', 'run', 'format', 'io', 'document', 'core', 'messages', 'data'],
  index: ['format', 'io', 'document', 'core', 'messages', 'data'],
  run: ['format', 'io', 'document', 'core', 'messages', 'data'],
  format: ['core', 'messages', 'data'],
  io: ['document', 'core', 'messages', 'data'],
  document: ['core', 'messages', 'data'],
  core: ['data'],
  messages: ['data'],
  data: [],
};

/** Type-only imports allowed beyond RUNTIME. */
const TYPES_ONLY: Partial<Record<Layer, readonly Layer[]>> = {
  core: ['messages'],
  messages: ['core'],
  data: ['core'],
};

/** The core modules whose types messages may use: finding codes and params, gate params, Problem. */
const MESSAGES_MAY_READ = new Set(['core/findings.ts', 'core/gates.ts', 'core/errors.ts']);

const PURE: readonly Layer[] = ['format', 'document', 'core', 'messages'];
/** Node built-ins that reach the file system, processes, threads, the network or the terminal. */
const EFFECTS = new Set(['fs', 'fs/promises', 'child_process', 'worker_threads', 'cluster', 'net', 'tls', 'dgram', 'dns', 'http', 'https', 'http2', 'readline', 'tty', 'os', 'process', 'inspector', 'v8', 'vm']);
const BUILTINS = new Set(builtinModules);

export interface Edge {
  /** The importing file, relative to the root ("src/format/json.ts"). */
  from: string;
  specifier: string;
  typeOnly: boolean;
  /** 'static' for import/export declarations, 'dynamic' for import() and require(). */
  kind: 'static' | 'dynamic' | 'type';
}

/** Every module specifier of a source text, with whether only types come through it. */
export function importsOf(from: string, text: string): Edge[] {
  const source = ts.createSourceFile(from, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edges: Edge[] = [];
  const add = (node: ts.Node | undefined, typeOnly: boolean, kind: Edge['kind']) => {
    if (node && ts.isStringLiteralLike(node)) edges.push({ from, specifier: node.text, typeOnly, kind });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) add(node.moduleSpecifier, node.importClause?.isTypeOnly ?? false, 'static');
    else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly, 'static');
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) add(node.moduleReference.expression, node.isTypeOnly, 'static');
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true, 'type');
    else if (ts.isCallExpression(node) && (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))) add(node.arguments[0], false, 'dynamic');
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** Does a pure-layer file read the `process` global (env, cwd, streams, exit)? */
export function readsProcess(from: string, text: string): boolean {
  const source = ts.createSourceFile(from, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  let found = false;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === 'process' && !((ts.isPropertyAccessExpression(node.parent) || ts.isPropertyAssignment(node.parent)) && node.parent.name === node)) found = true;
    if (!found) ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const posix = (path: string) => path.split(sep).join('/');

/** The src-relative path a relative specifier names, or '..' when it leaves src/. */
function target(from: string, specifier: string, exists: (path: string) => boolean): string | undefined {
  const absolute = resolve(ROOT, dirname(from), specifier);
  const candidates = [absolute.replace(/\.js$/, '.ts'), absolute.replace(/\.mjs$/, '.mts'), absolute, `${absolute}.ts`, join(absolute, 'index.ts')];
  const found = candidates.find(exists);
  if (!found) return undefined;
  const inSrc = posix(relative(SRC, found));
  return inSrc.startsWith('..') ? '..' : inSrc;
}

/** The layer rule's verdict on each edge: one line per violation. */
export function violations(edges: readonly Edge[], exists: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const edge of edges) {
    const fromLayer = layerOf(posix(relative('src', edge.from)));
    const bad = (why: string) => out.push(`${edge.from} -> ${edge.specifier}${edge.typeOnly ? ' (type)' : ''}: ${why}`);
    if (!fromLayer) {
      bad(`${edge.from} is in no layer (add its folder to test/architecture.test.ts and the README)`);
      continue;
    }
    const bare = edge.specifier.replace(/^node:/, '');
    if (edge.specifier.startsWith('.')) {
      const to = target(edge.from, edge.specifier, exists);
      if (to === undefined) { bad('does not resolve to a file'); continue; }
      if (to === '..') { bad('reaches outside src/'); continue; }
      const toLayer = layerOf(to);
      if (!toLayer) { bad(`src/${to} is in no layer`); continue; }
      if (toLayer === fromLayer) continue;
      const runtime = RUNTIME[fromLayer].includes(toLayer);
      const typeOnly = (TYPES_ONLY[fromLayer] ?? []).includes(toLayer);
      if (!runtime && !(typeOnly && edge.typeOnly)) {
        bad(typeOnly ? `${fromLayer} may import ${toLayer} only with \`import type\`` : `${fromLayer} may not import ${toLayer}`);
      } else if (fromLayer === 'messages' && toLayer === 'core' && !MESSAGES_MAY_READ.has(to)) {
        bad(`messages may read types only from ${[...MESSAGES_MAY_READ].join(', ')}`);
      }
    } else if (PURE.includes(fromLayer) && !edge.typeOnly && (BUILTINS.has(bare) || edge.specifier.startsWith('node:')) && EFFECTS.has(bare)) {
      bad(`${fromLayer} is pure: no ${edge.specifier}`);
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(c|m)?tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

const files = sourceFiles(SRC).map((path) => posix(relative(ROOT, path))).sort();
const edges = files.flatMap((file) => importsOf(file, readFileSync(join(ROOT, file), 'utf8')));

describe('architecture: the layer rule over every import of src/', () => {
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => !layerOf(file.slice('src/'.length)))).toEqual([]);
    // Sanity: the reader sees static, type-only and dynamic imports alike.
    expect(edges.some((e) => e.from === 'src/core/errors.ts' && e.specifier === '../messages/en.js' && e.typeOnly)).toBe(true);
    expect(edges.some((e) => e.from === 'src/format/formats.ts' && e.kind === 'dynamic')).toBe(true);
    // Type-query imports (`import('x').T`) are read too: see the built-in cases below (src/ has none).
  });

  it('no file imports a layer above its own (offending edges are listed)', () => {
    expect(violations(edges, isFile)).toEqual([]);
  });

  it('the pure layers read no `process` global', () => {
    const readers = files.filter((file) => PURE.includes(layerOf(file.slice('src/'.length))!) && readsProcess(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(readers).toEqual([]);
  });

  it('bin/spbe.js only loads the bundles: the quick score path (src/cli/quick-entry.ts), then the full CLI (src/cli.ts)', () => {
    const text = readFileSync(join(ROOT, 'bin/spbe.js'), 'utf8');
    expect(importsOf('bin/spbe.js', text).map((e) => e.specifier).filter((s) => !s.startsWith('node:'))).toEqual(['../dist/bundle/cli.js', '../dist/bundle/code-cache.cjs']);
    expect(text).toContain("loadCached(require.resolve('../dist/bundle/quick.cjs'))");
  });
});

describe('architecture: the checker itself flags each kind of bad edge', () => {
  const check = (from: string, text: string) => violations(importsOf(from, text), (path) => isFile(path) || /src\/[a-z]+\/[a-z-]+\.ts$/.test(posix(path)));

  it.each([
    ['src/format/json.ts', "import { readSource } from '../io/source.js';", 'format may not import io'],
    ['src/format/json.ts', "import type { Source } from '../io/source.js';", 'format may not import io'],
    ['src/format/json.ts', "import { parseDocument } from '../document/parse.js';", 'format may not import document'],
    ['src/format/json.ts', "const { main } = await import('../cli/main.js');", 'format may not import cli'],
    ['src/core/score.ts', "import { en } from '../messages/en.js';", 'core may import messages only with `import type`'],
    ['src/core/score.ts', "import { type Messages } from '../messages/en.js';", 'core may import messages only with `import type`'],
    ['src/core/score.ts', "export { en } from '../messages/en.js';", 'core may import messages only with `import type`'],
    ['src/core/score.ts', "import { evaluateText } from '../document/evaluate.js';", 'core may not import document'],
    ['src/core/score.ts', "import '../io/output.js';", 'core may not import io'],
    ['src/core/score.ts', "import { readFile } from 'node:fs/promises';", 'core is pure: no node:fs/promises'],
    ['src/document/parse.ts', "import { readFileSync } from 'fs';", 'document is pure: no fs'],
    ['src/document/parse.ts', "import { spawn } from 'node:child_process';", 'document is pure: no node:child_process'],
    ['src/document/parse.ts', "const { Worker } = await import('node:worker_threads');", 'document is pure: no node:worker_threads'],
    ['src/document/parse.ts', "import { readSource } from '../io/source.js';", 'document may not import io'],
    ['src/messages/en.ts', "import { createFinding } from '../core/findings.js';", 'messages may import core only with `import type`'],
    ['src/messages/en.ts', "import type { Framework } from '../core/framework.js';", 'messages may read types only from'],
    ['src/messages/en.ts', "import { formatJson } from '../format/json.js';", 'messages may not import format'],
    ['src/io/source.ts', "import { formatMessage } from '../format/findings.js';", 'io may not import format'],
    ['src/io/source.ts', "import { main } from '../cli/main.js';", 'io may not import cli'],
    ['src/index.ts', "import { main } from './cli/main.js';", 'index may not import cli'],
    ['src/core/score.ts', "import schema from '../../schemas/assessment.schema.json';", 'reaches outside src/'],
    ['src/widgets/x.ts', "import { a } from '../core/score.js';", 'is in no layer'],
  ])('%s: %s', (from, text, why) => {
    expect(check(from, text)).toEqual([expect.stringContaining(why)]);
  });

  it.each([
    ['src/core/errors.ts', "import type { en } from '../messages/en.js';"],
    ['src/messages/en.ts', "import type { FindingParams } from '../core/findings.js';"],
    ['src/messages/en.ts', "import type { GateParams } from '../core/gates.js';"],
    ['src/format/json.ts', "import { ratio } from '../core/rational.js'; import { en } from '../messages/en.js'; import ExcelJs from 'write-excel-file/node';"],
    ['src/document/parse.ts', "import { parseDocument } from 'yaml'; import { isDeepStrictEqual } from 'node:util';"],
    ['src/io/source.ts', "import { open } from 'node:fs/promises'; import { parseDocument } from '../document/parse.js';"],
    ['src/cli/main.ts', "import { runBatch } from './commands/batch.js'; import { readSource } from '../io/source.js';"],
    ['src/generated/frameworks.ts', "import type { FrameworkDefinition } from '../core/framework.js';"],
  ])('allows %s: %s', (from, text) => {
    expect(check(from, text)).toEqual([]);
  });

  it('sees through comments and strings, and type positions', () => {
    expect(importsOf('src/core/x.ts', "// import { a } from '../io/a.js';\nconst s = \"import '../io/b.js'\";")).toEqual([]);
    expect(importsOf('src/core/x.ts', "let f: import('../io/a.js').A;")).toEqual([{ from: 'src/core/x.ts', specifier: '../io/a.js', typeOnly: true, kind: 'type' }]);
    expect(readsProcess('src/core/x.ts', 'const cwd = process.cwd();')).toBe(true);
    expect(readsProcess('src/core/x.ts', 'const o = { process: 1 }; o.process;')).toBe(false);
  });
});
