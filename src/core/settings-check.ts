/**
 * Settings against the frameworks in use: one check for a value given as a flag and the same value
 * in spbe.config.yaml, so that neither is ever ignored silently (a domain gate on a domain no
 * framework of the run has, a predikat no framework names). Each problem is a finding, worded at
 * output; where it came from (a flag, or a pointer into the config file) travels with it.
 */
import { createFinding, type Finding } from './findings.js';
import type { Framework } from './framework.js';

/** A flag as the user typed it, or where the value stands in the config file. */
export type SettingOrigin = { flag: string } | { pointer: string };

export interface GateSettings {
  domains: { domain: string; origin: SettingOrigin }[];
  predicate?: { name: string; origin: SettingOrigin };
}

export interface SettingFinding {
  origin: SettingOrigin;
  finding: Finding;
}

const pointerOf = (origin: SettingOrigin) => ('pointer' in origin ? origin.pointer : '');
const unique = (items: string[]) => [...new Set(items)];

export function checkGateSettings(settings: GateSettings, frameworks: readonly Framework[]): SettingFinding[] {
  if (frameworks.length === 0) return [];
  const out: SettingFinding[] = [];
  const ids = frameworks.map((f) => f.id).join(', ');
  const domains = unique(frameworks.flatMap((f) => f.domains.map((d) => String(d.id))));
  for (const { domain, origin } of settings.domains) {
    if (domains.includes(domain)) continue;
    const finding =
      domains.length === 0
        ? createFinding('GATE_NO_DOMAINS', { domain, frameworks: ids, aspects: unique(frameworks.flatMap((f) => f.aspects.map((a) => String(a.id)))).join(', ') }, pointerOf(origin))
        : createFinding('GATE_UNKNOWN_DOMAIN', { domain, frameworks: ids, available: domains.join(', ') }, pointerOf(origin));
    out.push({ origin, finding });
  }
  const predicate = settings.predicate;
  if (predicate) {
    const names = unique(frameworks.flatMap((f) => f.predicates.map((b) => b.name)));
    if (!names.some((n) => n.toLowerCase() === predicate.name.toLowerCase())) {
      out.push({ origin: predicate.origin, finding: createFinding('GATE_UNKNOWN_PREDICATE', { predicate: predicate.name, frameworks: ids, available: names.join(', ') }, pointerOf(predicate.origin)) });
    }
  }
  return out;
}
