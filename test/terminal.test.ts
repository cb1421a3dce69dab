/** Tables fit the terminal, and a long text costs linear time: cells are clipped and drawn one line each. */
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { fitTable, MAX_CELL, tableStyle, visibleWidth } from '../src/format/terminal.js';

const make = () => new Table({ head: ['#', 'Name'], style: tableStyle() });

describe('fitTable', () => {
  it('draws a wrapped row exactly as cli-table3 draws the same multi-line cells', () => {
    const ours = make();
    ours.push(['1', 'alpha beta gamma delta epsilon zeta eta theta']);
    const drawn = fitTable(ours, 25);
    const theirs = make();
    const lines = drawn.split('\n').slice(3, -1).map((l) => l.split('│')[2]!.trim());
    theirs.push(['1', lines.join('\n')]);
    theirs.options.colWidths = ours.options.colWidths;
    expect(lines.length).toBeGreaterThan(1);
    expect(drawn).toBe(theirs.toString());
    for (const line of drawn.split('\n')) expect(visibleWidth(line)).toBeLessThanOrEqual(25);
  });

  it(`clips a cell longer than ${MAX_CELL} characters with …, by code points`, () => {
    const table = make();
    table.push(['1', '😀'.repeat(100_000)]);
    const drawn = fitTable(table, Infinity);
    const cell = drawn.split('\n')[3]!;
    expect(cell).toContain(`${'😀'.repeat(MAX_CELL - 1)}…`);
    expect(cell).not.toContain('😀'.repeat(MAX_CELL));
  });

  it('wraps a long text of many words into rows within the width', () => {
    const table = make();
    table.push(['1', Array.from({ length: 200 }, (_, i) => `w${i}`).join(' ')]);
    const lines = fitTable(table, 40).split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(visibleWidth(line)).toBeLessThanOrEqual(40);
    expect(lines.at(-2)).toMatch(/…\s*│$/);
  });
});
