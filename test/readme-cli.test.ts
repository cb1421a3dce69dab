/**
 * The README's reference parts against the real CLI, so that they stay complete and true (#14):
 * each `| option (COMMAND) |` table lists exactly the options commander has for that command; the
 * formats table exactly the formats table of src/format/formats.ts; the commands table every
 * command; the configuration example every key of the config schema; the exit codes those of
 * src/cli/exit-code.ts; and every `spbe COMMAND --flag` the README shows uses a flag that command has.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../src/cli/program.js';
import * as exitCodes from '../src/cli/exit-code.js';
import { FORMAT_NAMES } from '../src/format/formats.js';
import { catalogFor } from '../src/messages/catalog.js';
import { ROOT } from './helpers/root.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const LINES = README.split('\n');

const program = buildProgram(
  { stdout: () => undefined, stderr: () => undefined, cwd: ROOT, env: {}, stdoutIsTTY: false, readStdin: async () => ({ ok: true, bytes: new Uint8Array() }) } as never,
  { exitCode: 0 } as never,
  catalogFor('en'),
);

/** Every command by the words that call it ("score", "framework show"), without commander's own help command. */
function commands(root: Command, prefix = ''): Map<string, Command> {
  const found = new Map<string, Command>();
  for (const c of root.commands) {
    if (c.name() === 'help') continue;
    const name = `${prefix}${c.name()}`;
    if (c.commands.length > 0) for (const [n, sub] of commands(c, `${name} `)) found.set(n, sub);
    else found.set(name, c);
  }
  return found;
}
const COMMANDS = commands(program);
const flagsOf = (c: Command) => new Set(c.options.flatMap((o) => [o.short, o.long]).filter((f): f is string => f !== undefined && f !== '-h' && f !== '--help'));
const GLOBAL = new Set([...flagsOf(program), '-h', '--help']);

/** The cells of a Markdown table row (a `\|` inside a cell is not a separator). */
const cells = (row: string) => row.replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());

/** The first-column cells of every table whose header row matches, by the header's capture. */
function tables(header: RegExp): Map<string, string[]> {
  const found = new Map<string, string[]>();
  LINES.forEach((line, i) => {
    const m = header.exec(line);
    if (!m) return;
    const rows: string[] = [];
    for (let j = i + 2; j < LINES.length && LINES[j]!.startsWith('|'); j++) rows.push(cells(LINES[j]!)[0]!);
    found.set(m[1] ?? '', rows);
  });
  return found;
}

/** The option flags named in code spans: "`-f, --format FORMAT`" gives -f and --format. */
const flagsIn = (text: string) => new Set([...text.matchAll(/`([^`]*)`/g)].flatMap((m) => [...m[1]!.matchAll(/(?:^|[\s,])(--?[A-Za-z][\w-]*)/g)].map((f) => f[1]!)));

describe('README against the CLI', () => {
  const optionTables = tables(/^\| option \(([^)]+)\) \| meaning \|$/);

  it('has an options table for every command and one for the options of every command', () => {
    expect([...optionTables.keys()].sort()).toEqual([...COMMANDS.keys(), 'every command'].sort());
  });

  for (const [name, command] of COMMANDS) {
    it(`option (${name}): exactly the options of spbe ${name} --help`, () => {
      const documented = new Set([...optionTables.get(name) ?? []].flatMap((cell) => [...flagsIn(cell)]));
      expect([...documented].filter((f) => !GLOBAL.has(f)).sort()).toEqual([...flagsOf(command)].sort());
    });
  }

  it('option (every command): the options of spbe --help', () => {
    const documented = new Set((optionTables.get('every command') ?? []).flatMap((cell) => [...flagsIn(cell)]));
    expect([...documented].sort()).toEqual([...GLOBAL].sort());
  });

  it('the formats table lists exactly the formats of src/format/formats.ts', () => {
    const rows = tables(/^\| format \| for \| content \|$/).get('')!;
    expect(rows.map((cell) => cell.replace(/`/g, '')).sort()).toEqual([...FORMAT_NAMES].sort());
  });

  it('the commands table names every command', () => {
    const rows = tables(/^\| command \| what it does \|$/).get('')!.join(' ');
    for (const name of COMMANDS.keys()) expect(rows, name).toContain(`spbe ${name.split(' ')[0]}`);
  });

  it('the configuration example has every key of the config schema, and no other', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/config.schema.json'), 'utf8'));
    const start = README.indexOf('# yaml-language-server: $schema=node_modules/spbe/schemas/config.schema.json');
    const block = README.slice(start, README.indexOf('```', start));
    const top = [...block.matchAll(/^([A-Za-z]\w*):/gm)].map((m) => m[1]);
    expect(top.sort()).toEqual(Object.keys(schema.properties).filter((k) => k !== '$schema').sort());
    for (const key of ['gates', 'signer', 'lint'] as const) {
      for (const nested of Object.keys(schema.properties[key].properties)) expect(block, `${key}.${nested}`).toMatch(new RegExp(`\\b${nested}:`));
    }
  });

  it('the exit codes paragraph gives every exit code there is', () => {
    const codes = Object.entries(exitCodes).filter(([k]) => k.startsWith('EXIT_')).map(([, v]) => v as number).sort();
    expect(codes).toEqual([0, 1, 2]);
    const paragraph = README.slice(README.indexOf('**Exit codes**'), README.indexOf('\n\n', README.indexOf('**Exit codes**')));
    for (const code of codes) expect(paragraph).toContain(`\`${code}\``);
  });

  it('every spbe command the README shows uses only options that command has', () => {
    const uses: string[] = [];
    let fenced = false;
    for (const line of LINES) {
      if (line.startsWith('```')) fenced = !fenced;
      if (fenced) uses.push(...[...line.matchAll(/(?:^|\$ |npx |run: )spbe ([^|>&#]*)/g)].map((m) => m[1]!));
      else uses.push(...[...line.matchAll(/`spbe ([^`]*)`/g)].map((m) => m[1]!));
    }
    const wrong: string[] = [];
    for (const use of uses) {
      const words = use.trim().split(/\s+/);
      const name = COMMANDS.has(`${words[0]} ${words[1]}`) ? `${words[0]} ${words[1]}` : words[0]!;
      // Words that are no command (`spbe --help`, prose) are not uses of one.
      const command = COMMANDS.get(name);
      if (!command) continue;
      const allowed = new Set([...flagsOf(command), ...GLOBAL]);
      for (const word of words) {
        const flag = /^(--?[A-Za-z][\w-]*)/.exec(word)?.[1];
        if (flag && !allowed.has(flag)) wrong.push(`spbe ${use.trim()}: ${flag}`);
      }
    }
    expect(uses.length).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });
});
