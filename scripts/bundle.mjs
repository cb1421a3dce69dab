// Bundles the CLI and the batch worker with esbuild (after tsc has type-checked and emitted the
// library). Start-up is dominated by loading modules (yaml alone is 74 files); one bundle with
// lazily loaded chunks (tables, colour, globs) roughly halves it. Output: dist/bundle/.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist/bundle', { recursive: true, force: true });
const result = await build({
  entryPoints: { cli: 'src/cli.ts', 'batch-worker': 'src/io/batch-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS dependencies call require(); give them Node's.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  chunkNames: '[name]-[hash]',
  // yaml's ESM build (its "default" export condition) can be tree-shaken; the CommonJS one cannot.
  alias: { yaml: './node_modules/yaml/browser/index.js' },
  metafile: true,
  legalComments: 'none',
  // Less source to compile at start-up; names are kept so that --debug stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});
if (process.env.BUNDLE_ANALYZE) console.log(await (await import('esbuild')).analyzeMetafile(result.metafile));
