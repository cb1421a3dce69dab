/** The HTML report's findings section (findingsView): a batch with invalid files never reads as if they were not there. */
import type { BatchReport } from '../../core/report.js';
import type { Catalog } from '../../messages/catalog.js';
import { findingsView } from '../findings.js';
import { html as e } from '../escape.js';

export function findingsSection(report: BatchReport, cat: Catalog): string {
  const view = findingsView(report, cat);
  const summary = `<p data-testid="summary">${e(view.summary)}</p>`;
  if (view.rows.length === 0) return `<section data-testid="findings"><h2>${e(cat.ui.findings)}</h2>${summary}</section>`;
  const rows = view.rows
    .map((r) => {
      const [location, severity, message, code] = r.cells.map(e);
      return `<tr data-file="${e(r.file)}" data-code="${e(r.code)}" class="${e(r.severity)}"><td>${location}</td><td>${severity}</td><td>${message}</td><td><code>${code}</code></td></tr>`;
    })
    .join('');
  return `<section data-testid="findings"><h2>${e(cat.ui.findings)}</h2>${summary}<div class="scroll"><table><thead><tr>${view.head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}
