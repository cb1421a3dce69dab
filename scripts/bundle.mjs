// Bundles the CLI and the batch worker with esbuild (after tsc has type-checked and emitted the
// library). Start-up is dominated by loading and compiling modules (yaml alone is 74 files): the CLI
// is one file whose rarely used parts (tables, colour, globs, reports, workbook) are lazy chunks, and
// the worker is a bundle of its own so that no code is split into chunks shared with it.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '../bench/generate.mjs';

rmSync('dist/bundle', { recursive: true, force: true });
const common = {
  outdir: 'dist/bundle',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Bundled CommonJS dependencies call require(); give them Node's.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // yaml's ESM build (its "default" export condition) can be tree-shaken; the CommonJS one cannot.
  alias: { yaml: './node_modules/yaml/browser/index.js', 'js-yaml': './node_modules/js-yaml/dist/js-yaml.mjs' },
  legalComments: 'none',
  // ASCII only (esbuild's default, stated): src/cli/code-cache.ts reads the quick bundle as latin1.
  charset: 'ascii',
  // Less source to compile at start-up; names are kept so that --debug stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  metafile: true,
  // Libraries' development-only checks and warnings (ECharts prints them to the console) stay out.
  define: { 'process.env.NODE_ENV': '"production"' },
};
// PDFKit and its SVG plugin read their own data files (font metrics) from beside their modules: they
// are loaded from node_modules at run time, and only by the PDF format.
const cli = await build({ ...common, entryPoints: { cli: 'src/cli.ts' }, splitting: true, chunkNames: '[name]-[hash]', external: ['pdfkit', 'svg-to-pdfkit'] });
// The worker reads YAML only (other kinds are read in the main thread: io/all-inputs.ts): the
// workbook library stays out of its bundle.
await build({ ...common, entryPoints: { 'batch-worker': 'src/io/batch-worker.ts' }, splitting: false, external: ['exceljs'] });
// The worker of a streamed batch (src/run/): it formats too. Split, so that the formats it does not
// use (reports, charts) stay in chunks it never loads.
await build({ ...common, entryPoints: { 'stream-worker': 'src/run/stream-worker.ts' }, splitting: true, chunkNames: 'stream-[name]-[hash]', external: ['exceljs', 'pdfkit', 'svg-to-pdfkit'] });
// The quick path of `spbe score FILE` (src/cli/quick.ts): its own small bundle, without commander or
// eemeli/yaml, in CommonJS so that bin/spbe.js can run it with V8's code cache (src/cli/code-cache.ts),
// which vm.Script offers for scripts and not for ES modules.
// import.meta.url is worked out when first read: node:url's first pathToFileURL costs a start ~0.25 ms.
const commonJs = { ...common, format: 'cjs', banner: { js: 'var __import_meta = { get url() { return require("node:url").pathToFileURL(__filename).href; } };' }, define: { ...common.define, 'import.meta.url': '__import_meta.url' } };
// js-yaml, which reads only the files the line reader refuses (document/js-yaml.ts), is a file of its
// own beside it: the quick bundle is read whole at every start, and is a fifth smaller without it.
const jsYamlBeside = { name: 'js-yaml-beside', setup: (b) => b.onResolve({ filter: /^js-yaml$/ }, () => ({ path: './js-yaml.cjs', external: true })) };
await build({ ...commonJs, entryPoints: { quick: 'src/cli/quick-entry.ts', 'code-cache': 'src/cli/code-cache.ts' }, outExtension: { '.js': '.cjs' }, splitting: false, plugins: [jsYamlBeside] });
await build({ ...commonJs, entryPoints: { 'js-yaml': 'js-yaml' }, outExtension: { '.js': '.cjs' }, splitting: false });
// The cache shipped beside the quick bundle (V8 refuses it on another Node, and the user's own cache
// takes over), from runs over the examples and over files of the shapes users write that the
// examples lack (penjelasan as folded blocks, bukti lists, self levels and targets). Each input runs
// in a child process of its own, starting from the cache the last one wrote (buildCache's `extend`
// says why), with the flags of a plain `node`.
const warmDir = mkdtempSync(join(tmpdir(), 'spbe-cache-'));
try {
  for (const shape of ['short', 'long']) generate(join(warmDir, shape), 1, { shape });
  const examples = readdirSync('examples').filter((name) => name.endsWith('.yaml')).map((name) => join('examples', name));
  const inputs = [join(warmDir, 'long/assessment-00000.yaml'), join(warmDir, 'short/assessment-00000.yaml'), ...examples];
  inputs.forEach((file, i) => {
    execFileSync(process.execPath, ['-e', `
      const { buildCache } = require('./dist/bundle/code-cache.cjs');
      buildCache(require.resolve('./dist/bundle/quick.cjs'), async ({ runQuick }) => {
        for (const format of ['json', 'jsonl']) await runQuick(['score', ${JSON.stringify(file)}, '--format', format]);
      }, { extend: ${i > 0} });
    `], { stdio: ['ignore', 'ignore', 'pipe'] }); // its notices are not the build's: stderr shows only if it fails
  });
} finally {
  rmSync(warmDir, { recursive: true, force: true });
}
if (process.env.BUNDLE_ANALYZE) console.log(await (await import('esbuild')).analyzeMetafile(cli.metafile));
