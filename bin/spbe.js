#!/usr/bin/env node
// The spbe command. The logic is bundled into dist/bundle/ by `npm run build`: the common
// `spbe score FILE --format json` is answered by a small bundle of its own (src/cli/quick.ts);
// everything else, and every file that needs more, by the full CLI.
import module from 'node:module';

// Node 22.1+ caches compiled code between runs (a no-op where unsupported).
module.enableCompileCache?.();
const argv = process.argv.slice(2);
if (argv[0] !== 'score' || !(await (await import('../dist/bundle/quick.js')).runQuick(argv))) await import('../dist/bundle/cli.js');
