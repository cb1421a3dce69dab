/** The escaping module (src/format/escape.ts) and escapeDeep, function by function. */
import { describe, expect, it } from 'vitest';
import { LevelMap } from '../src/core/level-map.js';
import { csvField, csvText, folded, html, jsonText, markdownCell, markdownCode, markdownLine, markdownText, visible, workflowData, workflowLine, workflowProperty } from '../src/format/escape.js';
import { escapeDeep } from '../src/format/escape-deep.js';

/** Every code point a terminal, a log reader or a bidi renderer acts on, written out by hand (not with the module's class). */
const CONTROLS = [
  ...Array.from({ length: 0x20 }, (_, i) => i),
  0x7f,
  ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i),
  0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
  0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff, 0x061c,
];

describe('visible', () => {
  it('writes every control, bidi, zero-width and separator character as \\u{hex}', () => {
    for (const cp of CONTROLS) expect(visible(`a${String.fromCodePoint(cp)}b`)).toBe(`a\\u{${cp.toString(16)}}b`);
  });
  it('writes a lone surrogate out, keeps pairs, letters and marks', () => {
    expect(visible('x\ud800y')).toBe('x\\u{d800}y');
    expect(visible('Kab. Bantaeng 😀 é ñ 東京')).toBe('Kab. Bantaeng 😀 é ñ 東京');
  });
  it('turns ESC[2J and an OSC 8 hyperlink into text', () => {
    expect(visible('\u001b[2J\u001b]8;;http://x\u001b\\a\u001b]8;;\u0007')).toBe('\\u{1b}[2J\\u{1b}]8;;http://x\\u{1b}\\a\\u{1b}]8;;\\u{7}');
  });
});

describe('folded', () => {
  it('folds each line break and tab into one space, then makes the rest visible', () => {
    expect(folded('a\r\nb\rc\nd\u2028e\u2029f\tg\u0085h\u001bi')).toBe('a b c d e f g h\\u{1b}i');
  });
});

describe('markdown', () => {
  it('escapes what Markdown or HTML could read, and no more', () => {
    expect(markdownText('<img src=x> [a](b) *c* _d_ `e` ~f~ #g !h &amp; $x$ \\')).toBe('\\<img src=x\\> \\[a\\](b) \\*c\\* \\_d\\_ \\`e\\` \\~f\\~ \\#g \\!h \\&amp; \\$x\\$ \\\\');
    expect(markdownText('Kab. Bantaeng (Sulawesi Selatan) 2.74')).toBe('Kab. Bantaeng (Sulawesi Selatan) 2.74');
  });
  it('a line cannot start a list, a heading underline or a rule', () => {
    expect(['- x', '+ x', '=== ', '1. x', '2) x', '   - x'].map(markdownLine)).toEqual(['\\- x', '\\+ x', '\\=== ', '1\\. x', '2\\) x', '\\- x']);
  });
  it('cells escape pipes and fold line breaks', () => {
    expect(markdownCell('a|b\rc\nd')).toBe('a\\|b c d');
  });
  it('code spans: a fence longer than the longest backtick run, padded where needed', () => {
    expect(markdownCode('a.yaml')).toBe('`a.yaml`');
    expect(markdownCode('a``b`c')).toBe('```a``b`c```');
    expect(markdownCode('`x')).toBe('`` `x ``');
    expect(markdownCode('a\nb')).toBe('`a b`');
  });
});

describe('csv', () => {
  it('prefixes what a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'Kota'].map(csvText)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx", "'\rx", 'Kota']);
  });
  it('quotes per RFC 4180', () => {
    expect(csvField('a,b', ',')).toBe('"a,b"');
    expect(csvField('say "x"', ',')).toBe('"say ""x"""');
    expect(csvField(' x', ';')).toBe('" x"');
    expect(csvField('a,b', ';')).toBe('a,b');
  });
});

describe('html', () => {
  it('escapes text and both attribute quotes', () => {
    expect(html(`<img/src/onerror=alert(1)> "'&`)).toBe('&lt;img/src/onerror=alert(1)&gt; &quot;&#39;&amp;');
  });
});

describe('GitHub workflow commands', () => {
  it('data and properties follow the runner', () => {
    expect(workflowData('50%\r\n::error::x')).toBe('50%25%0D%0A::error::x');
    expect(workflowProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });
  it('a line that is not a command cannot become one', () => {
    expect(workflowLine('::stop-commands::x  Kota')).toBe('\\u{3a}:stop-commands::x  Kota');
    expect(workflowLine('  ::add-mask::x')).toBe('  \\u{3a}:add-mask::x');
    expect(workflowLine('a.yaml  ##[error]x')).toBe('a.yaml  #\\u{23}[error]x');
    expect(workflowLine('a.yaml  Kota X  2024  2.74  Baik\n')).toBe('a.yaml  Kota X  2024  2.74  Baik\n');
  });
});

describe('jsonText', () => {
  it('is the same JSON value, with nothing a terminal or a line reader acts on', () => {
    const value = { name: `a\u2028b\u202e\u0085\u007f\u200bc\u001b` };
    const text = jsonText(JSON.stringify(value));
    expect(JSON.parse(text)).toEqual(value);
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u200b]/);
  });
});

describe('escapeDeep', () => {
  it('returns a benign value as it is, with no copy', () => {
    const shared = { name: 'Baik', weights: [1, 2] };
    const value = { a: shared, b: [shared], m: new Map([[1, shared]]) };
    expect(escapeDeep(value, visible)).toBe(value);
  });
  it('escapes every string, keeps sharing, and copies only what changed', () => {
    const shared = { name: 'x\u001b', min: { num: 1n, den: 2n } };
    const value = { list: [shared, shared], map: new Map([['k\n', shared]]), set: new Set(['\u202e']), levels: LevelMap.from(new Map([[1, { level: 3, explanation: 'a\nb' }], [2, { level: 4 }]])), count: 3 };
    const out = escapeDeep(value, visible);
    expect(out.list[0]).toBe(out.list[1]);
    expect(out.list[0]).toEqual({ name: 'x\\u{1b}', min: { num: 1n, den: 2n } });
    expect(out.list[0]!.min).toBe(shared.min);
    expect([...out.map.keys()]).toEqual(['k\\u{a}']);
    expect(out.map.get('k\\u{a}')).toBe(out.list[0]);
    expect([...out.set]).toEqual(['\\u{202e}']);
    expect(out.levels).toBeInstanceOf(LevelMap);
    expect(out.levels.get(1)).toEqual({ level: 3, explanation: 'a\\u{a}b' });
    expect(out.levels.get(2)).toEqual({ level: 4 });
    expect(value.list[0]!.name).toBe('x\u001b');
  });
});
