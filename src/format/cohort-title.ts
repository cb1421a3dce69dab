/** How a summary of one framework and year, or a --group-by group within one, is titled: data (a year, an id, a name), and the grouping field in the catalog's words. */
import type { CohortKey } from '../core/cohorts.js';
import type { Catalog } from '../messages/catalog.js';

export function cohortTitle(key: CohortKey): string {
  return `${key.year} · ${key.frameworkId}`;
}

/** A --group-by summary's title, its field in the catalog's words: "provinsi: Jawa Barat (2024 · permenpanrb-59-2020)". */
export function groupTitle(groupBy: string | undefined, group: { name: string; cohort?: CohortKey }, catalog: Catalog): string {
  return `${catalog.ui.groupBy[groupBy ?? ''] ?? groupBy}: ${group.name}${group.cohort ? ` (${cohortTitle(group.cohort)})` : ''}`;
}
