/** what-if, sensitivity, self vs assessor, targets and the evidence lint. */
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { assessmentYaml, levelsFromSums, uniformLevels } from './helpers/assessments.js';
import { tempTree } from './helpers/files.js';

const EXAMPLE = 'examples/kota-banjarbaru-2024.yaml';

describe('--what-if', () => {
  it('projects the result and its change', async () => {
    const { code, stdout } = await run(['score', EXAMPLE, '--what-if', '45=4,21=3', '--what-if', '11=3', '-f', 'json']);
    expect(code).toBe(0);
    const { whatIf } = JSON.parse(stdout).results[0];
    expect(whatIf).toEqual({
      changes: [{ indicator: 45, from: 3, to: 4 }, { indicator: 21, from: 2, to: 3 }, { indicator: 11, from: 2, to: 3 }],
      index: 2.81,
      exactIndex: '2.8145', // 2.7445 + 0.03 + 0.015 + 0.025
      predicate: 'Baik',
      domains: [{ id: 1, index: 2.9 }, { id: 2, index: 2.2 }, { id: 3, index: 1.64 }, { id: 4, index: 3.55 }], // L: (158.75 + 3) / 45.5
      delta: { index: 0.07, domains: [{ id: 1, delta: 0 }, { id: 2, delta: 0.1 }, { id: 3, delta: 0.09 }, { id: 4, delta: 0.06 }] },
    });
    const table = (await run(['score', EXAMPLE, '-f', 'table', '--what-if', '45=5'])).stdout;
    expect(table).toContain('What if 45: 3 → 5\n  Indeks SPBE 2.74 → 2.80 (+0.06), predikat Baik → Baik');
  });

  it('rejects unknown indicators and levels off the scale (exit 2)', async () => {
    expect((await run(['score', EXAMPLE, '--what-if', '48=3'])).stderr).toBe('spbe: error: --what-if: permenpanrb-59-2020 (examples/kota-banjarbaru-2024.yaml) has no indikator 48\n');
    expect((await run(['score', EXAMPLE, '--what-if', '45=6'])).stderr).toBe('spbe: error: --what-if: level 6 of indikator 45 is off the scale of permenpanrb-59-2020 (1..5)\n');
    expect((await run(['score', EXAMPLE, '--what-if', '45'])).code).toBe(2);
  });
});

describe('--detail sensitivity', () => {
  it('lists the gain of one more level, sorted, and the predikat margin', async () => {
    const { stdout } = await run(['score', EXAMPLE, '-f', 'json', '--detail', 'sensitivity']);
    const { sensitivity } = JSON.parse(stdout).results[0];
    expect(sensitivity.steps[0]).toEqual({ indicator: 42, level: 3, gain: 0.03, exactGain: '0.03' });
    expect(sensitivity.steps.find((s: { indicator: number }) => s.indicator === 1)).toEqual({ indicator: 1, level: 4, gain: 0.013, exactGain: '0.013' });
    expect(sensitivity.steps.map((s: { gain: number }) => s.gain)).toEqual([...sensitivity.steps.map((s: { gain: number }) => s.gain)].sort((a: number, b: number) => b - a));
    expect(sensitivity.steps).toHaveLength(47); // no indicator is at level 5
    expect(sensitivity.margin).toEqual({ predicate: 'Baik', floor: 2.6, above: 0.14, exactAbove: '0.1445', next: 'Sangat Baik', nextFloor: 3.5, short: 0.76, exactShort: '0.7555' });
    const table = (await run(['score', EXAMPLE, '-f', 'table', '--detail', 'sensitivity'])).stdout;
    expect(table).toContain('Margin: 0.14 above the Baik floor (2.60); 0.76 short of Sangat Baik (3.50).');
    expect(table).toMatch(/│ +1 │ Kebijakan Internal Arsitektur SPBE .+│ +4 │ +\+0\.013 │/);
  });

  it('on the rounded basis the margin counts the half hundredth', async () => {
    const json = JSON.parse((await run(['score', EXAMPLE, '-f', 'json', '--detail', 'sensitivity', '--predicate-basis', 'rounded'])).stdout);
    expect(json.results[0].sensitivity.margin).toMatchObject({ exactAbove: '0.1495', exactShort: '0.7505' });
  });
});

describe('self vs assessor, targets', () => {
  const long = (level: number, self?: number, target?: number) => ({ level, ...(self !== undefined ? { self } : {}), ...(target !== undefined ? { target } : {}), explanation: 'x', evidence: ['y'] });

  it('shows the self-assessed index, the differences and over/under-claims per aspect and domain', async () => {
    const indicators: Record<number, unknown> = uniformLevels(2);
    indicators[42] = long(2, 4); // over by 2
    indicators[1] = long(2, 3); // over by 1
    indicators[21] = long(2, 1); // under by 1
    indicators[32] = long(2, 2, 4);
    const cwd = tempTree({ 'a.yaml': assessmentYaml({ indicators }) });
    const { stdout } = await run(['score', 'a.yaml', '-f', 'json'], { cwd });
    const result = JSON.parse(stdout).results[0];
    expect(result.selfAssessment).toMatchObject({
      index: 2.06, exactIndex: '2.058', predicate: 'Cukup', difference: 0.06, exactDifference: '0.058', over: 2, under: 1, compared: 4,
      indicators: [{ id: 1, final: 2, other: 3, difference: 1 }, { id: 21, final: 2, other: 1, difference: -1 }, { id: 42, final: 2, other: 4, difference: 2 }],
    });
    expect(result.selfAssessment.domains).toEqual([
      { id: 1, final: 2, other: 2.1, difference: 0.1, over: 1, under: 0, compared: 1 },
      { id: 3, final: 2, other: 1.91, difference: -0.09, over: 0, under: 1, compared: 1 },
      { id: 4, final: 2, other: 2.13, difference: 0.13, over: 1, under: 0, compared: 2 },
    ]);
    expect(result.targets).toMatchObject({ index: 2.06, exactIndex: '2.055', over: 1, compared: 1 });
    expect(result.findings.map((f: { code: string; line: number; column: number; severity: string }) => [f.code, f.severity])).toEqual([['SELF_OVERCLAIM', 'warning']]);
    const table = (await run(['score', 'a.yaml', '-f', 'table', '--detail', 'self,targets'], { cwd })).stdout;
    expect(table).toContain('Self-assessed (penilaian mandiri): 2.06 Cukup (+0.06 against the final 2.00); 2 over-claims, 1 under-claim of 4 indicators.');
    expect(table).toContain('Indicators where the self level differs: 1 (2 → 3), 21 (2 → 1), 42 (2 → 4)');
    expect(table).toContain('Target: 2.06 Cukup (+0.06 from 2.00); 1 indicator to raise.');
  });

  it('summarises over-claim rates per domain across agencies, in table, json and csv', async () => {
    const withSelf = (self: number) => Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, { level: 2, self: i < 10 ? self : 2, explanation: 'x', evidence: 'y' }]));
    const cwd = tempTree({
      'a.yaml': assessmentYaml({ agency: 'A', indicators: withSelf(3) }),
      'b.yaml': assessmentYaml({ agency: 'B', indicators: withSelf(2) }),
      'c.yaml': assessmentYaml({ agency: 'C', indicators: uniformLevels(3) }),
    });
    const json = JSON.parse((await run(['score', '.', '-f', 'json'], { cwd })).stdout);
    expect(json.summary.selfAssessment).toEqual({
      agencies: 2,
      domains: [
        { id: 1, name: 'Kebijakan Internal SPBE', agencies: 2, compared: 20, over: 10, under: 0, overClaimRate: 0.5 },
        { id: 2, name: 'Tata Kelola SPBE', agencies: 2, compared: 20, over: 0, under: 0, overClaimRate: 0 },
        { id: 3, name: 'Manajemen SPBE', agencies: 2, compared: 22, over: 0, under: 0, overClaimRate: 0 },
        { id: 4, name: 'Layanan SPBE', agencies: 2, compared: 32, over: 0, under: 0, overClaimRate: 0 },
      ],
    });
    const table = (await run(['score', '.', '-f', 'table'], { cwd })).stdout;
    expect(table).toMatch(/│ 1 Kebijakan Internal SPBE │ +2 │ +20 │ +10 │ +50% │ +0 │/);
    const csv = (await run(['score', '.', '-f', 'csv'], { cwd })).stdout.split('\r\n');
    expect(csv[0]).toContain(',self_index,over_claims,under_claims,target_index,');
    expect(csv[1]).toContain(',2.13,10,0,,');
    expect(csv[3]).toContain(',,,,,true');
  });
});

describe('evidence lint', () => {
  const cwd = () =>
    tempTree({
      'a.yaml': assessmentYaml({ indicators: { ...levelsFromSums({ k: 20, t: 20, m: 22, a: 20, p: 12 }), 3: { level: 3 }, 4: { level: 1 }, 5: { level: 2, evidence: [], explanation: ' ' }, 6: { level: 2, self: 4, target: 1, evidence: 'x', explanation: 'y' } } }),
    });

  it('warns with stable codes and positions; warnings never change the exit code', async () => {
    const { code, stdout } = await run(['validate', 'a.yaml', '-f', 'text'], { cwd: cwd() });
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'a.yaml:7:12  warning  indikator 3 claims level 3 without bukti dukung (evidence)  EVIDENCE_MISSING',
      'a.yaml:7:12  warning  indikator 3 claims level 3 without penjelasan (explanation)  EXPLANATION_MISSING',
      'a.yaml:11:12  warning  indikator 5 claims level 2 without bukti dukung (evidence)  EVIDENCE_MISSING',
      'a.yaml:11:12  warning  indikator 5 claims level 2 without penjelasan (explanation)  EXPLANATION_MISSING',
      'a.yaml:16:11  warning  self-assessed level 4 of indikator 6 is 2 above the final level 2  SELF_OVERCLAIM',
      'a.yaml:17:13  warning  target 1 of indikator 6 is below its level 2  TARGET_BELOW_LEVEL',
      '1 file: 1 valid, 0 invalid (6 warnings)',
    ]);
  });

  it('--strict makes warnings errors; spbe.config.yaml sets each rule off, warn or error', async () => {
    const dir = cwd();
    const strict = await run(['validate', 'a.yaml', '-f', 'text', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('1 file: 0 valid, 1 invalid (6 errors)');
    const configured = tempTree({ 'spbe.config.yaml': 'lint:\n  EVIDENCE_MISSING: off\n  EXPLANATION_MISSING: off\n  SELF_OVERCLAIM: error\n', 'a.yaml': assessmentYaml({ indicators: { ...uniformLevels(2), 6: { level: 2, self: 4, explanation: 'y' } } }) });
    const result = await run(['score', 'a.yaml', '-f', 'jsonl'], { cwd: configured });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { code: string; severity: string }) => [f.code, f.severity])).toEqual([['SELF_OVERCLAIM', 'error']]);
    expect((await run(['score', 'a.yaml', '-f', 'text'], { cwd: tempTree({ 'spbe.config.yaml': 'lint: {NOPE: off}\n', 'a.yaml': '' }) })).code).toBe(2);
  });
});
