/** Paths with spaces and non-ASCII names, in folders and as arguments. */
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';
import { assessmentYaml, uniformLevels } from './helpers/assessments.js';
import { tempTree } from './helpers/files.js';

describe('paths', () => {
  it('spaces and non-ASCII names work in folders, globs, previous paths and findings', async () => {
    const cwd = tempTree({
      'Data SPBE/Kab. Pidië 2023.yaml': assessmentYaml({ year: 2023, agency: { name: 'Kab. Pidië', id: 'kab-pidie' }, indicators: uniformLevels(2) }),
      'Data SPBE/Kab. Pidië 2024.yaml': assessmentYaml({ agency: { name: 'Kab. Pidië', id: 'kab-pidie' }, indicators: uniformLevels(3), previous: './Kab. Pidië 2023.yaml' }),
      'Data SPBE/rusak é.yaml': 'year: 2024\nagency: X\nindicators: {1: 9}\n',
    });
    const folder = await run(['score', 'Data SPBE', '-f', 'text'], { cwd });
    expect(folder.stdout).toContain('Data SPBE/Kab. Pidië 2024.yaml  Kab. Pidië  2024  3.00  Baik  +1.00 from 2023');
    expect(folder.stdout).toContain('Data SPBE/rusak é.yaml:3:17  error  level 9 of indikator 1');
    const glob = await run(['validate', 'Data SPBE/Kab*.yaml', '-f', 'text'], { cwd });
    expect(glob.stdout).toBe('2 files: 2 valid, 0 invalid\n');
  });
});
