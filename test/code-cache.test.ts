/**
 * The quick bundle's V8 code cache (src/cli/code-cache.ts): taken when it was made for this build
 * and this Node, never when it could be another's, and never from a directory others may write to.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCache, loadCached } from '../src/cli/code-cache.js';
import { tempTree } from './helpers/files.js';

/** A bundle whose answer tells which source ran; `id` is the build's digest, as `npm run build` writes it. */
function bundle(dir: string, answer: number, id: string): string {
  const path = join(dir, 'quick.cjs');
  writeFileSync(path, `module.exports = { answer: () => ${answer} };\n`);
  writeFileSync(`${path}.id`, `${id}\n`);
  return path;
}
const answer = (loaded: { exports: Record<string, unknown> }) => (loaded.exports.answer as () => number)();

// Every run below passes Node's flags (none, as a user's plain run): vitest's workers have flags of their own.
describe('code cache', () => {
  it('a run without a cache writes the user\'s own (0700 directory, 0600 file), and the next run takes it', () => {
    const dir = tempTree({});
    const env = { XDG_CACHE_HOME: join(dir, 'cache') };
    const path = bundle(dir, 1, 'build-a');
    const first = loadCached(path, env, []);
    expect([first.fromCache, answer(first)]).toEqual([false, 1]);
    first.keep();
    const cacheDir = join(dir, 'cache/spbe');
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    const [file] = readdirSync(cacheDir);
    expect(file).toBe(`quick.cjs-build-a-${process.version}-${process.arch}.cache`);
    expect(statSync(join(cacheDir, file!)).mode & 0o777).toBe(0o600);
    const second = loadCached(path, env, []);
    expect([second.fromCache, answer(second)]).toEqual([true, 1]);
  });

  it('another build of the same length never runs the old bytecode', () => {
    const dir = tempTree({});
    const env = { XDG_CACHE_HOME: join(dir, 'cache') };
    loadCached(bundle(dir, 1, 'build-a'), env, []).keep();
    const rebuilt = loadCached(bundle(dir, 2, 'build-b'), env, []);
    expect([rebuilt.fromCache, answer(rebuilt)]).toEqual([false, 2]);
  });

  it('a cache V8 refuses (damaged) is compiled past, with the same answer, and replaced', () => {
    const dir = tempTree({});
    const env = { XDG_CACHE_HOME: join(dir, 'cache') };
    const path = bundle(dir, 3, 'build-a');
    mkdirSync(join(dir, 'cache/spbe'), { recursive: true, mode: 0o700 });
    writeFileSync(join(dir, 'cache/spbe', `quick.cjs-build-a-${process.version}-${process.arch}.cache`), 'not bytecode');
    const damaged = loadCached(path, env, []);
    expect([damaged.fromCache, answer(damaged)]).toEqual([false, 3]);
    damaged.keep();
    expect(loadCached(path, env, []).fromCache).toBe(true);
  });

  it('a run under Node flags keeps a cache of its own: the plain runs\' is neither replaced nor refused', () => {
    const dir = tempTree({});
    const plain = { XDG_CACHE_HOME: join(dir, 'cache') };
    const path = bundle(dir, 12, 'build-a');
    loadCached(path, plain, []).keep();
    const flagged = loadCached(path, { ...plain, NODE_OPTIONS: '--max-old-space-size=100' }, []);
    expect([flagged.fromCache, answer(flagged)]).toEqual([false, 12]);
    flagged.keep();
    const fromArgv = loadCached(path, plain, ['--no-opt']);
    expect(fromArgv.fromCache).toBe(false);
    fromArgv.keep();
    const files = readdirSync(join(dir, 'cache/spbe')).sort();
    expect(files).toHaveLength(3);
    expect(files).toContain(`quick.cjs-build-a-${process.version}-${process.arch}.cache`);
    for (const file of files) expect(file).toMatch(new RegExp(`^quick\\.cjs-build-a-${process.version.replace(/\./g, '\\.')}-${process.arch}(-flags[0-9a-f]{8})?\\.cache$`));
    // Each set of flags finds its own again, and the plain run still finds the plain one.
    expect(loadCached(path, { ...plain, NODE_OPTIONS: '--max-old-space-size=100' }, []).fromCache).toBe(true);
    expect(loadCached(path, plain, ['--no-opt']).fromCache).toBe(true);
    expect(loadCached(path, plain, []).fromCache).toBe(true);
  });

  it('the shipped cache, made without flags, still serves a run under flags', async () => {
    const dir = tempTree({});
    const path = join(dir, 'quick.cjs');
    writeFileSync(path, 'module.exports = { answer: () => 13 };\n');
    await buildCache(path, async () => {});
    const loaded = loadCached(path, { XDG_CACHE_HOME: join(dir, 'empty') }, ['--enable-source-maps']);
    expect([loaded.fromCache, answer(loaded)]).toEqual([true, 13]);
  });

  it('a cache directory others may write to is neither read nor written', () => {
    const dir = tempTree({});
    const env = { XDG_CACHE_HOME: join(dir, 'cache') };
    const path = bundle(dir, 4, 'build-a');
    loadCached(path, env, []).keep();
    chmodSync(join(dir, 'cache/spbe'), 0o777);
    const open = loadCached(path, env, []);
    expect([open.fromCache, answer(open)]).toEqual([false, 4]);
  });

  it('NODE_DISABLE_COMPILE_CACHE (Node\'s own switch) turns it off: nothing read, nothing written', () => {
    const dir = tempTree({});
    const env = { XDG_CACHE_HOME: join(dir, 'cache'), NODE_DISABLE_COMPILE_CACHE: '1' };
    const path = bundle(dir, 5, 'build-a');
    loadCached(path, { XDG_CACHE_HOME: env.XDG_CACHE_HOME }, []).keep();
    const disabled = loadCached(path, env, []);
    expect([disabled.fromCache, answer(disabled)]).toEqual([false, 5]);
    const dir2 = tempTree({});
    loadCached(bundle(dir2, 5, 'build-a'), { XDG_CACHE_HOME: join(dir2, 'cache'), NODE_DISABLE_COMPILE_CACHE: '1' }, []).keep();
    expect(readdirSync(dir2)).not.toContain('cache');
  });

  it('a bundle without a build id (not from `npm run build`) is neither given a cache nor cached', () => {
    const dir = tempTree({});
    const env = { XDG_CACHE_HOME: join(dir, 'cache') };
    const path = join(dir, 'quick.cjs');
    writeFileSync(path, 'module.exports = { answer: () => 7 };\n');
    const loaded = loadCached(path, env, []);
    expect([loaded.fromCache, answer(loaded)]).toEqual([false, 7]);
    loaded.keep();
    expect(readdirSync(dir)).toEqual(['quick.cjs']);
  });

  it('the build ships a cache beside the bundle, with the digest that names it', async () => {
    const dir = tempTree({});
    const path = join(dir, 'quick.cjs');
    writeFileSync(path, 'module.exports = { answer: () => 6 };\n');
    let warmed = 0;
    await buildCache(path, async (exports) => void (warmed = (exports.answer as () => number)()));
    expect(warmed).toBe(6);
    const loaded = loadCached(path, { XDG_CACHE_HOME: join(dir, 'empty') }, []);
    expect([loaded.fromCache, answer(loaded)]).toEqual([true, 6]);
    const id = readFileSync(`${path}.id`, 'utf8').trim();
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    // The shipped cache was taken: nothing was written to the user's directory.
    expect(readdirSync(dir).sort()).toEqual(['quick.cjs', `quick.cjs-${id}-${process.version}-${process.arch}.cache`, 'quick.cjs.id']);
  });

  it('the build extends the shipped cache run by run, and refuses to extend one V8 would not take, or none', async () => {
    const dir = tempTree({});
    const path = join(dir, 'quick.cjs');
    writeFileSync(path, 'module.exports = { answer: () => 8, other: () => 9 };\n');
    await buildCache(path, async (exports) => void (exports.answer as () => number)());
    const id = readFileSync(`${path}.id`, 'utf8').trim();
    let other = 0;
    await buildCache(path, async (exports) => void (other = (exports.other as () => number)()), { extend: true });
    expect(other).toBe(9);
    // The id is the first run's: an extension never renames the cache.
    expect(readFileSync(`${path}.id`, 'utf8').trim()).toBe(id);
    const loaded = loadCached(path, { XDG_CACHE_HOME: join(dir, 'empty') }, []);
    expect([loaded.fromCache, answer(loaded)]).toEqual([true, 8]);
    // A source this process has not compiled (V8 would take it from memory, never asking about the cache).
    const damagedDir = tempTree({});
    const damaged = bundle(damagedDir, 10, 'build-a');
    writeFileSync(join(damagedDir, `quick.cjs-build-a-${process.version}-${process.arch}.cache`), 'not bytecode');
    await expect(buildCache(damaged, async () => {}, { extend: true })).rejects.toThrow(/refused the cache it is to extend/);
    const missing = bundle(tempTree({}), 11, 'build-a');
    await expect(buildCache(missing, async () => {}, { extend: true })).rejects.toThrow(/no cache to extend/);
  });
});
