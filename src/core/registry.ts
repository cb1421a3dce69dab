/**
 * The built-in frameworks (src/frameworks/*.yaml, validated at build time) and the choice of a
 * framework from an evaluation year.
 */
import { builtInDefinition, builtInIndex } from '../generated/frameworks.js';
import type { Finding } from './findings.js';
import { compileFramework, type Framework } from './framework.js';

const compiled = new Map<string, Framework>();

export function builtInFrameworkIds(): string[] {
  return builtInIndex.map((d) => d.id);
}

export function getBuiltInFramework(id: string): Framework | undefined {
  let framework = compiled.get(id);
  if (!framework) {
    const definition = builtInDefinition(id);
    if (!definition) return undefined;
    framework = compileFramework(definition);
    compiled.set(id, framework);
  }
  return framework;
}

export function builtInFrameworks(): Framework[] {
  return builtInFrameworkIds().map((id) => getBuiltInFramework(id)!);
}

/**
 * Frameworks beyond the built-ins, found by the io layer: those the config registers (by id) and a
 * framework file an assessment names by its path. A file that cannot be used is a finding at `pointer`.
 */
export interface FrameworkLookup {
  /** The registered ids, for the list of known frameworks in messages. */
  readonly ids: readonly string[];
  find(reference: string, pointer: string): Framework | Finding | undefined;
}

/** A built-in by id, else what the lookup finds: a framework, a finding, or nothing. */
export function findFramework(reference: string, pointer: string, lookup: FrameworkLookup | undefined): Framework | Finding | undefined {
  return getBuiltInFramework(reference) ?? lookup?.find(reference, pointer);
}

export function knownFrameworkIds(lookup: FrameworkLookup | undefined): string {
  return [...builtInFrameworkIds(), ...(lookup?.ids ?? [])].join(', ');
}

export type YearChoice =
  | { kind: 'exact'; framework: Framework }
  /** No built-in covers the year yet (a newer regulation not shipped): the latest one, with a notice. */
  | { kind: 'fallback'; framework: Framework }
  | { kind: 'none' };

/** assessment-format.md "Default framework by year": the built-in whose years cover `year`. */
export function frameworkForYear(year: number): YearChoice {
  const covering = builtInIndex.find((d) => d.years && year >= d.years.from && (d.years.to === undefined || year <= d.years.to));
  if (covering) return { kind: 'exact', framework: getBuiltInFramework(covering.id)! };
  const earlier = builtInIndex.filter((d) => d.years && d.years.from <= year).sort((a, b) => b.years!.from - a.years!.from);
  if (earlier[0]) return { kind: 'fallback', framework: getBuiltInFramework(earlier[0].id)! };
  return { kind: 'none' };
}

export function yearsText(framework: Framework): string {
  const { years } = framework;
  if (!years) return '*';
  return years.to === undefined ? `${years.from}+` : `${years.from}-${years.to}`;
}
