#!/usr/bin/env node
// The spbe command. The logic is bundled into dist/bundle/cli.js by `npm run build`.
import module from 'node:module';

// Node 22.1+ caches compiled code between runs (a no-op where unsupported).
module.enableCompileCache?.();
await import('../dist/bundle/cli.js');
