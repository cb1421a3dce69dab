#!/usr/bin/env node
// The spbe command: all logic lives in dist/cli.js (built by `npm run build`).
import '../dist/cli.js';
