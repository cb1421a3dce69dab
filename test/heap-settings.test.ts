// A batch's V8 flags (run/heap-settings.ts) are set through v8.setFlagsFromString, which says
// nothing of a flag V8 does not know: each must be one this Node's V8 lists and accepts (the suite
// runs on Node 20 and 24).
import { execFileSync, spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { ALL_HEAP_FLAGS } from '../src/run/heap-settings.js';

const v8Options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });

test.each(ALL_HEAP_FLAGS)('%s is a flag of this V8, and its value is taken', (flag) => {
  const name = flag.slice(2).split('=')[0]!;
  expect(v8Options).toMatch(new RegExp(`^\\s+--${name} \\(`, 'm'));
  const run = spawnSync(process.execPath, [flag, '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.stdout).toBe('ok');
});
