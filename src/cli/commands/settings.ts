/**
 * The gates of a run from flags and spbe.config.yaml (flags win, gate by gate), and the one check of
 * both against the frameworks in use (core/settings-check.ts): a problem is a usage error (exit 2)
 * naming the flag, or the config file's line:column.
 */
import { problem, UserError } from '../../core/errors.js';
import type { Framework } from '../../core/framework.js';
import type { Gates } from '../../core/gates.js';
import { parseRational, type Rational } from '../../core/rational.js';
import { checkGateSettings, type GateSettings } from '../../core/settings-check.js';
import type { LoadedConfig } from '../../io/config.js';

export interface GateFlags {
  /** An index, or a predikat name (--fail-under Baik). */
  failUnder?: Rational | string;
  /** --no-gates: false switches every gate off, the config file's too. */
  gates?: boolean;
  failUnderDomain?: Map<number, Rational>;
  maxDrop?: Rational;
}

function decimalOf(value: number | undefined): Rational | undefined {
  return value === undefined ? undefined : parseRational(value);
}

/** The gates and where each value came from (for the check against the frameworks). */
export function chooseGates(options: GateFlags, { config }: LoadedConfig): { gates: Gates; settings: GateSettings } {
  const gates: Gates = {};
  const settings: GateSettings = { domains: [] };
  if (options.gates === false) return { gates, settings };
  const configured = config.gates?.failUnder;
  const failUnder = options.failUnder ?? (typeof configured === 'string' ? configured : decimalOf(configured));
  if (typeof failUnder === 'string') {
    gates.failUnderPredicate = failUnder;
    settings.predicate = { name: failUnder, origin: options.failUnder !== undefined ? { flag: `--fail-under ${failUnder}` } : { pointer: '/gates/failUnder' } };
  } else if (failUnder) gates.failUnder = failUnder;
  const domains = new Map<number, Rational>();
  for (const [id, v] of Object.entries(config.gates?.failUnderDomain ?? {})) {
    domains.set(Number(id), parseRational(v)!);
    if (!options.failUnderDomain?.has(Number(id))) settings.domains.push({ domain: id, origin: { pointer: `/gates/failUnderDomain/${id}` } });
  }
  for (const [id, v] of options.failUnderDomain ?? []) {
    domains.set(id, v);
    settings.domains.push({ domain: String(id), origin: { flag: `--fail-under-domain ${id}` } });
  }
  if (domains.size > 0) gates.failUnderDomain = domains;
  const maxDrop = options.maxDrop ?? decimalOf(config.gates?.maxDrop);
  if (maxDrop) gates.maxDrop = maxDrop;
  return { gates, settings };
}

/** Throws when a setting does not fit any framework in use; no framework in use (nothing scored): nothing to judge. */
export function checkSettings(settings: GateSettings, frameworks: readonly Framework[], loaded: LoadedConfig): void {
  const found = checkGateSettings(settings, [...new Set(frameworks)]);
  if (found.length === 0) return;
  const findings = found.map(({ origin, finding }) => ('flag' in origin ? { file: origin.flag, finding } : { file: loaded.file!, finding: loaded.side!.locate([finding])[0]! }));
  throw new UserError(problem('settingsDoNotFit', { frameworks: [...new Set(frameworks.map((f) => f.id))].join(', ') }), { findings });
}
