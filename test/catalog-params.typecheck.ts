/**
 * A type-level proof that catalog sentences read only the parameters their code or phrase has.
 *
 * This file is never run: `npm run typecheck` (tsc over tsconfig.json, which includes test/, and
 * part of `npm test`) checks it. Each pair below assigns two sentences to the same catalog type: the
 * first reads the real parameter and must compile; the second reads a misspelt one and is marked
 * `@ts-expect-error`. tsc fails if that line has no error ("Unused '@ts-expect-error' directive"),
 * so the proof holds both ways: a typo is caught, and loosening the catalog types (say to
 * `(p: any) => string`) breaks the build. The correct twin makes sure the expected error is the
 * parameter's and not some other mistake on the line. The file is not *.test.ts, so vitest skips it.
 */
import type { Problem } from '../src/core/errors.js';
import type { Finding } from '../src/core/findings.js';
import type { Catalog } from '../src/messages/catalog.js';
import type { IndonesianCatalog } from '../src/messages/id.js';

// A finding's sentence, through the Catalog type (English and Indonesian alike).
type LevelOutOfScale = Catalog['messages']['LEVEL_OUT_OF_SCALE'];
export const levelOutOfScale: LevelOutOfScale = (p) => `level ${p.value} of indikator ${p.indicator}`;
// @ts-expect-error a parameter LEVEL_OUT_OF_SCALE does not have
export const levelOutOfScaleMisspelt: LevelOutOfScale = (p) => `level ${p.valu} of indikator ${p.indicator}`;

// A phrase (a sentence that is not a finding).
type Provisional = Catalog['phrases']['provisional'];
export const provisional: Provisional = (p) => `${p.framework} is provisional`;
// @ts-expect-error a parameter the phrase provisional does not have
export const provisionalMisspelt: Provisional = (p) => `${p.frameworkk} is provisional`;

// A gate's sentence.
type MaxDrop = Catalog['gates']['GATE_MAX_DROP'];
export const maxDrop: MaxDrop = (p) => `fell by ${String(p.drop)}, more than ${String(p.limit)}`;
// @ts-expect-error a parameter GATE_MAX_DROP does not have
export const maxDropMisspelt: MaxDrop = (p) => `fell by ${String(p.drop)}, more than ${String(p.limitt)}`;

// The Indonesian catalog's own shape (src/messages/id.ts), not only the Catalog it is filed under.
type IdLevelOutOfScale = IndonesianCatalog['messages']['LEVEL_OUT_OF_SCALE'];
export const idLevelOutOfScale: IdLevelOutOfScale = (p) => `level ${p.value} pada indikator ${p.indicator}`;
// @ts-expect-error a parameter LEVEL_OUT_OF_SCALE does not have, in Indonesian
export const idLevelOutOfScaleMisspelt: IdLevelOutOfScale = (p) => `level ${p.valu} pada indikator ${p.indicator}`;

type IdProvisional = IndonesianCatalog['phrases']['provisional'];
export const idProvisional: IdProvisional = (p) => `${p.framework} bersifat sementara`;
// @ts-expect-error a parameter the Indonesian phrase provisional does not have
export const idProvisionalMisspelt: IdProvisional = (p) => `${p.frameworkk} bersifat sementara`;

// The other side: whoever makes a finding or a user error gives exactly its parameters.
export const finding: Finding<'UNKNOWN_INDICATOR'> = {
  code: 'UNKNOWN_INDICATOR',
  params: { indicator: '48', framework: 'permenpanrb-59-2020', range: '1..47' },
  severity: 'error',
  pointer: '/indicators/48',
};
export const findingMisspelt: Finding<'UNKNOWN_INDICATOR'> = {
  code: 'UNKNOWN_INDICATOR',
  // @ts-expect-error a parameter UNKNOWN_INDICATOR does not have, given when the finding is made
  params: { indicatorr: '48', framework: 'permenpanrb-59-2020', range: '1..47' },
  severity: 'error',
  pointer: '/indicators/48',
};

export const userProblem: Problem = { phrase: 'provisional', params: { framework: 'permenpanrb-8-2026' } };
// @ts-expect-error a parameter the phrase provisional does not have, given when the error is raised
export const userProblemMisspelt: Problem = { phrase: 'provisional', params: { frameworkk: 'permenpanrb-8-2026' } };
