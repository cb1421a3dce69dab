/** The README's pasted outputs are the current tool's (scripts/readme-outputs.mjs; `npm run readme` rewrites them). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { blockFor, regenerate } from '../scripts/readme-outputs.mjs';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README outputs', () => {
  it('every marked block is what the command prints now (run `npm run readme` after changing an output)', () => {
    const { stale, markers } = regenerate(README) as { stale: { marker: string; expected: string; actual: string }[]; markers: number };
    expect(markers).toBeGreaterThanOrEqual(7);
    for (const s of stale) expect(s.actual, `spbe ${s.marker}`).toBe(s.expected);
  });

  it('a changed output is found stale; from, keep and prompt shape the block', () => {
    const run = (args: string[]) => `${args.join(' ')}\nHeading\nrow 1\nrow 2\nrow 3\nlast\n`;
    expect(blockFor('score x.yaml -f table | from: Heading | keep: 2 | prompt', run)).toBe('$ spbe score x.yaml\nHeading\nrow 1\n...\nlast\n');
    const readme = '<!-- output: frameworks -->\n```text\nold\n```\n';
    const { text, stale } = regenerate(readme, run) as { text: string; stale: unknown[] };
    expect(stale).toHaveLength(1);
    expect(text).toBe('<!-- output: frameworks -->\n```text\nframeworks\nHeading\nrow 1\nrow 2\nrow 3\nlast\n```\n');
  });
});
