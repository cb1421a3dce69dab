/**
 * `junit`: JUnit XML as GitLab, Jenkins and Azure read it: <testsuites> with one <testsuite> per
 * file and one <testcase> per error finding or failed gate, each with a <failure> (message, code,
 * position); a file without errors is one passing test case. Warnings and notes are not failures
 * (they do not fail the run either): they are listed in the suite's <system-out>.
 */
import type { BatchReport } from '../core/report.js';
import { ciProblems } from './ci-results.js';
import { html as xml } from './escape.js';
import type { FormatContext } from './formats.js';

export function* formatJunit(report: BatchReport, { catalog }: FormatContext): Iterable<string> {
  const suites = report.results.map((r) => {
    const problems = ciProblems(r, catalog);
    const failures = problems.filter((p) => p.severity === 'error');
    const others = problems.filter((p) => p.severity !== 'error');
    const cases = failures.length === 0
      ? [`    <testcase classname="${xml(r.file)}" name="${xml(r.file)}"/>\n`]
      : failures.map((p) => {
          const where = `${r.file}:${p.line}:${p.column}`;
          return `    <testcase classname="${xml(r.file)}" name="${xml(`${p.code} ${where}`)}" file="${xml(r.file)}" line="${p.line}">\n      <failure message="${xml(p.message)}" type="${xml(p.code)}">${xml(`${where}  ${p.message}  ${p.code}`)}</failure>\n    </testcase>\n`;
        });
    const out = others.length > 0 ? `    <system-out>${xml(others.map((p) => `${r.file}:${p.line}:${p.column}  ${catalog.ui[p.severity]}  ${p.message}  ${p.code}`).join('\n'))}</system-out>\n` : '';
    return { tests: cases.length, failures: failures.length, text: `  <testsuite name="${xml(r.file)}" tests="${cases.length}" failures="${failures.length}" errors="0" skipped="0">\n${cases.join('')}${out}  </testsuite>\n` };
  });
  const tests = suites.reduce((n, s) => n + s.tests, 0);
  const failures = suites.reduce((n, s) => n + s.failures, 0);
  yield `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="spbe ${xml(report.command)}" tests="${tests}" failures="${failures}" errors="0">\n`;
  for (const s of suites) yield s.text;
  yield '</testsuites>\n';
}
