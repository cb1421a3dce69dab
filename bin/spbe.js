#!/usr/bin/env node
// The spbe command. The logic is bundled into dist/bundle/ by `npm run build`: the common
// `spbe score FILE --format json` is answered by a small bundle of its own (src/cli/quick.ts), run
// with V8's code cache (src/cli/code-cache.ts); everything else, and every file that needs more,
// by the full CLI. This file is CommonJS (bin/package.json): Node starts an ES module entry ~10 ms
// later.
'use strict';
const { enableCompileCache } = require('node:module');

// Node 22.1+ caches compiled code between runs, for the full CLI (a no-op where unsupported).
enableCompileCache?.();
const argv = process.argv.slice(2);
const fullCli = () => import('../dist/bundle/cli.js');
if (argv[0] !== 'score') fullCli();
else {
  const quick = require('../dist/bundle/code-cache.cjs').loadCached(require.resolve('../dist/bundle/quick.cjs'));
  quick.exports.runQuick(argv).then((answered) => {
    quick.keep();
    if (!answered) return fullCli();
  });
}
