/** The HTML report's --benchmark section: the cohort, rank and percentile, and the top groups and the index against the cohort. */
import type { BenchmarkBy } from '../../core/benchmark.js';
import type { FileResult } from '../../core/result.js';
import type { Catalog } from '../../messages/catalog.js';
import { benchmarkHead, benchmarkLine, benchmarkRows, noCohortNote } from '../benchmark.js';
import { html as e } from '../escape.js';

export function benchmarkSection(result: FileResult, by: BenchmarkBy, cat: Catalog): string {
  const n = cat.numbers;
  const title = `<h2>${e(cat.ui.benchmarkTitle)}</h2>`;
  if (!result.benchmark) return `<section data-testid="benchmark">${title}<p>${e(noCohortNote(result, by, cat)!)}</p></section>`;
  const head = benchmarkHead(result, cat).map((h) => `<th>${e(h)}</th>`).join('');
  const rows = benchmarkRows(result, n)
    .map((r) => {
      const cells = [r.value, r.mean, r.fromMean, r.median, r.fromMedian].map((c) => `<td class="num">${r.total ? `<strong>${e(c)}</strong>` : e(c)}</td>`).join('');
      return `<tr>${r.total ? `<th>${e(r.label)}</th>` : `<td>${e(r.label)}</td>`}${cells}</tr>`;
    })
    .join('');
  return `<section data-testid="benchmark">${title}<p>${e(benchmarkLine(result.benchmark, cat))}</p><div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}
