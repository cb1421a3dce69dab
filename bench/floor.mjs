// The floor a batch is measured against: read every file and build its positioned yaml document
// (parseDocument with a LineCounter), in one thread, doing nothing else. Prints {ms, maxRssKb}.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const dir = process.argv[2];
const started = performance.now();
for (const name of readdirSync(dir).sort()) {
  const lineCounter = new LineCounter();
  parseDocument(readFileSync(join(dir, name), 'utf8'), { lineCounter, stringKeys: true });
}
console.log(JSON.stringify({ ms: performance.now() - started, maxRssKb: process.resourceUsage().maxRSS }));
