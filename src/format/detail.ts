/** The parts `--detail` can add to the human view (kept apart from table.ts so help loads no cli-table3). */
export type Detail = 'aspects' | 'indicators' | 'sensitivity' | 'self' | 'targets';
export const DETAILS: readonly Detail[] = ['aspects', 'indicators', 'sensitivity', 'self', 'targets'];
