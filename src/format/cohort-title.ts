/** How a summary of one framework and year, or a --group-by group within one, is titled: data only (a year, an id, a name). */
import type { CohortKey } from '../core/cohorts.js';

export function cohortTitle(key: CohortKey): string {
  return `${key.year} · ${key.frameworkId}`;
}

export function groupTitle(groupBy: string | undefined, group: { name: string; cohort?: CohortKey }): string {
  return `${groupBy}: ${group.name}${group.cohort ? ` (${cohortTitle(group.cohort)})` : ''}`;
}
