// Time and peak memory of `spbe score FILE` on a 5 MB file of each pathological shape
// (test/fixtures/hostile-shapes.mjs), one process each: node bench/hostile.mjs [SIZE_MB] [SHAPE...]
// Needs /usr/bin/time (GNU time) for the peak RSS. Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_SHAPES } from '../test/fixtures/hostile-shapes.mjs';

const [sizeArg, ...only] = process.argv.slice(2);
const size = Math.floor(Number(sizeArg ?? 5) * 1024 * 1024) - 1024;
const bin = new URL('../bin/spbe.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'spbe-hostile-'));
try {
  for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
    if (only.length > 0 && !only.includes(name)) continue;
    const file = join(dir, `${name}.yaml`);
    const text = make(size);
    writeFileSync(file, text);
    const run = spawnSync('/usr/bin/time', ['-f', '%e %M', process.execPath, bin, 'score', file, '-f', 'jsonl'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const [seconds, kb] = run.stderr.trim().split('\n').at(-1).split(' ');
    const codes = [...new Set([...run.stdout.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]))].join(',');
    console.log(`${name.padEnd(24)} ${(text.length / 1048576).toFixed(2)} MB  exit ${run.status}  ${seconds} s  ${Math.round(kb / 1024)} MiB  ${codes}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
