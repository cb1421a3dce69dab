/**
 * The CI formats read as their consumers read them: `--format sarif` validates against the SARIF
 * 2.1.0 JSON schema (vendored in test/fixtures/sarif/, see SOURCE.md there) and carries each
 * finding and gate failure with its rule, level and region; `--format junit` is well-formed XML that
 * GitLab reads as testsuites/testsuite/testcase/failure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import Ajv4 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { assessmentYaml, uniformLevels } from './helpers/assessments.js';
import { run, ROOT } from './helpers/cli.js';
import { once, tempTree } from './helpers/files.js';

const folder = once(() =>
  tempTree({
    'a ok#1.yaml': assessmentYaml({ agency: { name: 'Kota <A> & "B"', id: 'kota-a' }, indicators: uniformLevels(3) }),
    'b-low.yaml': assessmentYaml({ agency: { name: 'Kota B', id: 'kota-b' }, indicators: uniformLevels(2) }),
    'c-bad.yaml': `year: 2024\nagency: X\n"<x>&": 1\nindicators:\n  1: 9\n`,
    'd-2026.yaml': readFileSync(join(ROOT, 'examples/kabupaten-contoh-2026.yaml'), 'utf8').replace(/^previous:.*$/m, ''),
  }),
);
const args = ['score', '.', '--fail-under', '2.5'];

describe('--format sarif', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const { stdout, code } = await run([...args, '-f', 'sarif'], { cwd: folder() });
    expect(code).toBe(1);
    const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new (Ajv4 as unknown as typeof Ajv4.default)({ allErrors: true, strict: false, unicodeRegExp: false });
    (addFormats as unknown as typeof addFormats.default)(ajv as never);
    const validate = ajv.compile(schema);
    const log = JSON.parse(stdout);
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema is strict enough to refuse a wrong log.
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ...log.runs[0].results[0], level: 'fatal' }] }] })).toBe(false);
  });

  it('has a rule per code, a result per finding and gate, with levels, URIs and regions', async () => {
    const log = JSON.parse((await run([...args, '-f', 'sarif'], { cwd: folder() })).stdout);
    const [runLog] = log.runs;
    expect(runLog.tool.driver.name).toBe('spbe');
    const results = runLog.results.map((r: any) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startColumn]);
    expect(results).toEqual([
      ['GATE_FAIL_UNDER', 'error', 'b-low.yaml', 1, 1],
      ['UNKNOWN_FIELD', 'error', 'c-bad.yaml', 3, 1],
      ['MISSING_INDICATOR', 'error', 'c-bad.yaml', 4, 1],
      ['LEVEL_OUT_OF_SCALE', 'error', 'c-bad.yaml', 5, 6],
      ['EXTERNAL_WAITING', 'note', 'd-2026.yaml', expect.any(Number), expect.any(Number)],
      ['GATE_FAIL_UNDER', 'error', 'd-2026.yaml', 1, 1],
    ]);
    expect(runLog.tool.driver.rules.map((r: any) => r.id)).toEqual(['GATE_FAIL_UNDER', 'UNKNOWN_FIELD', 'MISSING_INDICATOR', 'LEVEL_OUT_OF_SCALE', 'EXTERNAL_WAITING']);
    expect(runLog.results[0].message.text).toBe('Indeks 2.00 is under --fail-under 2.50');
    expect(runLog.invocations[0].toolExecutionNotifications).toEqual([{ level: 'note', message: { text: expect.stringContaining('permenpanrb-8-2026 is provisional') } }]);
  });

  it('percent-encodes a path into a URI reference', async () => {
    const log = JSON.parse((await run(['validate', 'a ok#1.yaml', '-f', 'sarif'], { cwd: folder() })).stdout);
    expect(log.runs[0].results).toEqual([]);
    const { fileUri } = await import('../src/format/sarif.js');
    expect([fileUri('a ok#1.yaml'), fileUri('dir\\x.yaml'), fileUri('/abs/x y.yaml')]).toEqual(['a%20ok%231.yaml', 'dir/x.yaml', 'file:///abs/x%20y.yaml']);
  });
});

/** What GitLab reads of a JUnit report: each suite's test cases, their names, and the message and text of a failure. */
function gitlabView(xml: string) {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
  expect(errors).toEqual([]);
  const root = document.documentElement!;
  expect(root.tagName).toBe('testsuites');
  const children = (element: Element, tag: string) => Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).tagName === tag);
  return {
    tests: Number(root.getAttribute('tests')),
    failures: Number(root.getAttribute('failures')),
    suites: children(root, 'testsuite').map((suite) => ({
      name: suite.getAttribute('name'),
      cases: children(suite, 'testcase').map((c) => {
        const failure = children(c, 'failure')[0];
        return { name: c.getAttribute('name'), classname: c.getAttribute('classname'), ...(failure ? { failure: failure.getAttribute('message'), type: failure.getAttribute('type'), text: failure.textContent } : {}) };
      }),
      out: children(suite, 'system-out')[0]?.textContent ?? undefined,
    })),
  };
}

describe('--format junit', () => {
  it('parses as GitLab reads it: a suite per file, a failing case per error and gate, a passing case per clean file', async () => {
    const { stdout, code } = await run([...args, '-f', 'junit'], { cwd: folder() });
    expect(code).toBe(1);
    const view = gitlabView(stdout);
    expect([view.tests, view.failures]).toEqual([6, 5]);
    expect(view.suites.map((s) => [s.name, s.cases.map((c) => c.type ?? 'pass')])).toEqual([
      ['a ok#1.yaml', ['pass']],
      ['b-low.yaml', ['GATE_FAIL_UNDER']],
      ['c-bad.yaml', ['UNKNOWN_FIELD', 'MISSING_INDICATOR', 'LEVEL_OUT_OF_SCALE']],
      ['d-2026.yaml', ['GATE_FAIL_UNDER']],
    ]);
    const bad = view.suites[2]!.cases[0]!;
    expect(bad.failure).toMatch(/^unknown field "<x>&"/);
    expect(bad.text).toBe(`c-bad.yaml:3:1  ${bad.failure}  UNKNOWN_FIELD`);
    expect(view.suites[3]!.out).toMatch(/^d-2026\.yaml:\d+:\d+  info  indikator 5 is waiting/);
  });

  it('a run without errors is all passing cases', async () => {
    const view = gitlabView((await run(['validate', 'a ok#1.yaml', 'b-low.yaml', '-f', 'junit'], { cwd: folder() })).stdout);
    expect([view.tests, view.failures, view.suites.map((s) => s.cases.map((c) => c.name))]).toEqual([2, 0, [['a ok#1.yaml'], ['b-low.yaml']]]);
  });
});
