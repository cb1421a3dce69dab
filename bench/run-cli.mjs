// Runs the real CLI bundle in this process (the caller discards stdout), then reports its peak
// memory (resident set, worker threads included) as the last line on stderr, as JSON.
await import('../dist/bundle/cli.js');
process.stderr.write(`${JSON.stringify({ code: process.exitCode ?? 0, maxRssKb: process.resourceUsage().maxRSS })}\n`);
