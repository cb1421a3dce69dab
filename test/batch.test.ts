/**
 * spbe score / validate over many inputs. The runs themselves (order, formats, linking, gates,
 * config, output files) are cases in test/cli.cases.test.ts; what is left here is not a run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../src/format/formats.js';
import { ROOT } from './helpers/root.js';

describe('spbe.config.yaml', () => {
  it('the configuration schema accepts every output format the CLI has', async () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8'));
    expect(schema.properties.format.enum).toEqual([...FORMAT_NAMES]);
  });
});
