/**
 * The line reader (document/line-read.ts) on texts whose YAML meaning is written out here from the
 * YAML 1.2 spec (folding, chomping, quoting), and on texts it must leave to js-yaml. Its agreement
 * with eemeli/yaml over many generated texts is test/fast-path.test.ts's.
 */
import { describe, expect, test } from 'vitest';
import { MAX_FAST_DEPTH, resolvePlain } from '../src/document/fast-read.js';
import { lineRead } from '../src/document/line-read.js';

const read = (text: string) => {
  const numbers = new Map<string, string>();
  const data = lineRead(text, resolvePlain, numbers, MAX_FAST_DEPTH);
  return { data, numbers: Object.fromEntries(numbers) };
};

describe('reads', () => {
  test.each([
    ['nested mappings and a list', 'a:\n  b: 1\n  c:\n    - x\n    - "y z"\nd: kata\n', { a: { b: 1, c: ['x', 'y z'] }, d: 'kata' }],
    ['a list of mappings', 'l:\n  - a: 1\n    b: 2\n  - a: 3\n', { l: [{ a: 1, b: 2 }, { a: 3 }] }],
    ['a key with no value, at the end and before a sibling', 'a:\nb:\n  # c\nc: 1\nd:', { a: null, b: null, c: 1, d: null }],
    ['comments, blank lines and CRLF', '# head\r\na: 1 # one\r\n\r\n  # indented\r\nb: "#x" # two\r\n', { a: 1, b: '#x' }],
    ['plain scalars of the core schema', 'a: ~\nb: true\nc: 0x1F\nd: 12:30\ne: a#b\nf: -0.5\ng: a, b\nh: .5\n', { a: null, b: true, c: 31, d: '12:30', e: 'a#b', f: -0.5, g: 'a, b', h: 0.5 }],
    ['quotes', `a: 'it''s'\nb: ''\nc: "say 'hi' # not a comment"\n`, { a: "it's", b: '', c: "say 'hi' # not a comment" }],
    // Folding: a line break between two lines is a space, each blank line between them a line break;
    // clip keeps the last line break, strip drops it (YAML 1.2, 8.1.1.2 and 6.5).
    ['folded, clipped', 'a: >\n  one\n  two\n\n  three\n\n\n  four\nb: 1\n', { a: 'one two\nthree\n\nfour\n', b: 1 }],
    ['folded, stripped, trailing blank lines', 'a: >-\n  one\n  two\n\n\nb: 1\n', { a: 'one two', b: 1 }],
    ['literal, clipped', 'a: |\n  one\n  # two\n\n  three\nb: 1\n', { a: 'one\n# two\n\nthree\n', b: 1 }],
    ['literal, stripped, in a list', 'l:\n  - |-\n    one\n    two\n  - x\n', { l: ['one\ntwo', 'x'] }],
    ['flow collections on one line', 'a: {code: I1-L1-01, status: diterima, unit: Bagian Organisasi}\nb: [1, "x", \'y\']\nc: {}\nd: [ ]\n', { a: { code: 'I1-L1-01', status: 'diterima', unit: 'Bagian Organisasi' }, b: [1, 'x', 'y'], c: {}, d: [] }],
  ])('%s', (_, text, data) => {
    expect(read(text).data).toEqual(data);
  });

  test('numbers not in their shortest form keep their source text, by pointer', () => {
    expect(read('i:\n  1: 3.0\n  2: {level: 4.99999999999999999999, self: 2}\n  3: [+1, 2.50, 5]\n  4: 2.5\n').numbers).toEqual({
      '/i/1': '3.0',
      '/i/2/level': '4.99999999999999999999',
      '/i/3/0': '+1',
      '/i/3/1': '2.50',
    });
  });
});

describe('leaves to js-yaml', () => {
  test.each([
    ['a root list', '- a\n'],
    ['only comments', '# nothing\n'],
    ['a quoted key', '"a": 1\n'],
    ['a key with a space', 'a b: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a list at its key\'s indent', 'a:\n- x\n'],
    ['a plain scalar going on to the next line', 'a: one\n  two\n'],
    ['a scalar on the line after its key', 'a:\n  one\n'],
    ['an indent one off', 'a:\n  b: 1\n c: 2\n'],
    ['an escape', 'a: "x\\ty"\n'],
    ['a quote going on to the next line', 'a: "one\n  two"\n'],
    ['a keep indicator', 'a: >+\n  x\n'],
    ['an indentation indicator', 'a: |2\n   x\n'],
    ['a more indented line in a block scalar', 'a: >\n  x\n    y\n'],
    ['trailing spaces in a block scalar', 'a: |\n  x  \n'],
    ['a line of spaces in a block scalar', 'a: |\n  x\n   \n  y\n'],
    ['a blank first line in a block scalar', 'a: |\n\n  x\n'],
    ['an empty block scalar', 'a: |\nb: 1\n'],
    ['a block scalar whose last line has no line break', 'a: |\n  x'],
    ['a nested flow collection', 'a: {b: [1]}\n'],
    ['a flow collection going on to the next line', 'a: [1,\n  2]\n'],
    ['a trailing comma', 'a: [1, 2,]\n'],
    ['a value that is a key', 'a: b: c\n'],
    ['a dash alone', 'l:\n  -\n'],
    ['a list in a list item', 'l:\n  - - x\n'],
    ['a comment with no space before it', 'a: "x"#c\n'],
    ['deeper than the limit', `${Array.from({ length: MAX_FAST_DEPTH + 1 }, (_, i) => `${' '.repeat(2 * i)}k:`).join('\n')}\n${' '.repeat(2 * (MAX_FAST_DEPTH + 1))}k: 1\n`],
  ])('%s', (_, text) => {
    expect(read(text).data).toBeUndefined();
  });
});
