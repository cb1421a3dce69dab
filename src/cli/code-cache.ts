/**
 * Runs a CommonJS bundle with V8's code cache: the bytecode of every function that ran, not only
 * the top level that Node 22's module.enableCompileCache() keeps, so neither loading nor the first
 * call compiles again. It takes about a third off the start of `spbe score FILE` (npm run bench).
 *
 * The cache is looked for in the user's own cache directory (written after a run whose cache was
 * missing or was refused), then beside the bundle (`npm run build` writes it for the Node it
 * builds with). V8 refuses a cache of another V8 version, other flags or another source, and then
 * compiles as usual: a cache can make a start faster, never different. The user's directory is
 * read only when it is theirs and nobody else may write to it, since bytecode runs unchecked.
 * NODE_DISABLE_COMPILE_CACHE (Node's own switch for its compile cache) turns this one off too.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

export interface CachedModule {
  exports: Record<string, unknown>;
  /** Whether V8 took a cache: nothing was compiled that had run before. */
  fromCache: boolean;
  /** Writes the cache when the run had none it could use (call after the run: it then holds every function that ran). */
  keep(): void;
}

/** Safe to read bytecode from: the user's own directory, which nobody else may write to. */
function trusted(directory: string): boolean {
  // Without throwing where the directory is missing, as it is for most users: the shipped cache
  // served them, and an exception costs a start a fraction of a millisecond.
  const stat = statSync(directory, { throwIfNoEntry: false });
  return stat !== undefined && stat.isDirectory() && (process.getuid === undefined || stat.uid === process.getuid()) && (stat.mode & 0o022) === 0;
}

function readOrUndefined(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** os.homedir(), without loading node:os where HOME is set (as os.homedir() reads it first on POSIX). */
function homeDirectory(env: NodeJS.ProcessEnv): string {
  return env.HOME || (createRequire(import.meta.url)('node:os') as typeof import('node:os')).homedir();
}

/** The bundle compiled as Node wraps a CommonJS module, with a cache to take if V8 accepts it. */
function compile(bundle: string, source: string, cachedData?: Buffer): Script {
  return new Script(wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
}

/** Runs the compiled bundle as Node runs a CommonJS module, and returns its exports. */
function run(script: Script, bundle: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return module.exports;
}

export function loadCached(bundle: string, env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): CachedModule {
  // esbuild writes ASCII (its default charset escapes the rest), which latin1 decodes as UTF-8 would, without validating it.
  const source = readFileSync(bundle, 'latin1');
  const build = env.NODE_DISABLE_COMPILE_CACHE === undefined ? buildId(bundle) : undefined;
  const name = build === undefined ? undefined : cacheName(bundle, build, flagsTag(execArgv, env));
  const directory = join(env.XDG_CACHE_HOME || join(homeDirectory(env), '.cache'), 'spbe');
  // The user's own first: it exists only where the shipped one was missing or refused. The shipped
  // one is made without flags, and still serves flags that are Node's alone (--enable-source-maps).
  const cachedData = name === undefined ? undefined : ((trusted(directory) ? readOrUndefined(join(directory, name)) : undefined) ?? readOrUndefined(join(dirname(bundle), cacheName(bundle, build!, ''))));
  // A refused cache leaves a script compiled as without one: one compilation either way.
  const script = compile(bundle, source, cachedData);
  const hit = cachedData !== undefined && !script.cachedDataRejected;
  const exports = run(script, bundle);
  return {
    exports,
    fromCache: hit,
    keep() {
      if (hit || !name) return;
      try {
        mkdirSync(directory, { recursive: true, mode: 0o700 });
        if (!trusted(directory)) return;
        // Whole or not at all: a run starting meanwhile reads the old file or the new one.
        const own = join(directory, name);
        const partial = `${own}.${process.pid}`;
        writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
        renameSync(partial, own);
      } catch {
        // A cache that cannot be written only makes the next start as slow as this one.
      }
    },
  };
}

/**
 * Node's flags (command line and NODE_OPTIONS) as a short tag, empty where there are none. V8
 * refuses a cache made under other flags, so without the tag one run with, say, --no-opt or
 * --max-old-space-size would replace the user's cache with one every plain run refuses, compiles
 * past and writes again: each start then as slow as one without a cache. FNV-1a, not node:crypto,
 * whose loading would cost a start more than the hash is worth.
 */
function flagsTag(execArgv: readonly string[], env: NodeJS.ProcessEnv): string {
  const flags = [...execArgv, env.NODE_OPTIONS ?? ''].join('\0');
  if (flags === '') return '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < flags.length; i++) hash = Math.imul(hash ^ flags.charCodeAt(i), 0x01000193);
  return `-flags${(hash >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * One file per build of the bundle, Node version, processor and set of Node flags: two Nodes side
 * by side keep a cache each, and V8 is not asked about another Node's. The build's id (`npm run
 * build` writes a digest of the bundle beside it) is what tells two builds apart: V8 checks a cache
 * against the source's length only, and hashing the bundle here would cost more than the cache
 * saves. A bundle without an id (not built by `npm run build`) gets no cache at all.
 */
function cacheName(bundle: string, build: string, flags: string): string {
  return `${basename(bundle)}-${build}-${process.version}-${process.arch}${flags}.cache`;
}

function buildId(bundle: string): string | undefined {
  return readOrUndefined(`${bundle}.id`)?.toString('utf8').trim() || undefined;
}

/**
 * `npm run build`: the cache shipped beside the bundle, from a run of `warm` (which must not print).
 * With `extend`, the run starts from the cache shipped so far and adds what it compiles, so that
 * the build can warm each input in a process of its own: V8 flushes the bytecode of functions that
 * have not run for a few full collections, and a long warm-up in one process loses the code that
 * ran first (module set-up, the first file's reading), which makes a start from it ~1 ms slower.
 */
export async function buildCache(bundle: string, warm: (exports: Record<string, unknown>) => Promise<void>, { extend = false } = {}): Promise<void> {
  const source = readFileSync(bundle, 'latin1');
  if (!extend) {
    const { createHash } = await import('node:crypto'); // the build's alone: not loaded at start-up
    writeFileSync(`${bundle}.id`, `${createHash('sha256').update(source).digest('hex').slice(0, 16)}\n`);
  }
  // Named for a plain run (no flags): the one users make; a build under flags would ship one nobody finds.
  const shipped = join(dirname(bundle), cacheName(bundle, buildId(bundle)!, ''));
  const extended = extend ? readOrUndefined(shipped) : undefined;
  // Extending nothing, or what V8 refuses, would drop the earlier runs' code without a word.
  if (extend && extended === undefined) throw new Error(`${shipped}: no cache to extend`);
  const script = compile(bundle, source, extended);
  if (script.cachedDataRejected) throw new Error(`${shipped}: V8 refused the cache it is to extend`);
  await warm(run(script, bundle));
  writeFileSync(shipped, script.createCachedData());
}
