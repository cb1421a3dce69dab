/**
 * The report's findings section: every file with findings (invalid ones first, as the reader must
 * act on them), each finding with its position, severity, sentence and code. A batch with invalid
 * files never reads as if they were not there.
 */
import type { BatchReport } from '../../core/report.js';
import { formatMessage, type Catalog } from '../../messages/catalog.js';
import { findingLocation } from '../findings.js';
import { html as e } from '../escape.js';

export function findingsSection(report: BatchReport, cat: Catalog): string {
  const ui = cat.ui;
  const withFindings = report.results.filter((r) => r.findings.length > 0);
  const ordered = [...withFindings.filter((r) => !r.valid), ...withFindings.filter((r) => r.valid)];
  const summary = `<p data-testid="summary">${e(cat.phrases.summary({ ...report.summary }))}</p>`;
  if (ordered.length === 0) return `<section data-testid="findings"><h2>${e(ui.findings)}</h2>${summary}</section>`;
  const rows = ordered
    .flatMap((r) =>
      r.findings.map(
        (f) =>
          `<tr data-file="${e(r.file)}" data-code="${e(f.code)}" class="${e(f.severity)}"><td>${e(findingLocation(r.file, f))}</td><td>${e(ui[f.severity])}</td><td>${e(formatMessage(f, cat))}</td><td><code>${e(f.code)}</code></td></tr>`,
      ),
    )
    .join('');
  return `<section data-testid="findings"><h2>${e(ui.findings)}</h2>${summary}<div class="scroll"><table><thead><tr><th>${e(ui.location)}</th><th>${e(ui.severity)}</th><th>${e(ui.message)}</th><th>${e(ui.code)}</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}
