/**
 * The regulation's last step written out literally (PermenPANRB 59/2020 Lampiran I, Tabel 12:
 * Indeks SPBE = Σ ID·BD / 100). The product computes the total from integer unit sums instead;
 * tests hold the two equal, and use this one for published figures where only domains are known.
 */
import { add, div, mul, rational, type Rational } from '../../src/core/rational.js';
import type { Framework } from '../../src/core/framework.js';

export function indexFromDomains(framework: Framework, domainIndices: ReadonlyMap<number, Rational>): Rational | undefined {
  let total = rational(0);
  for (const domain of framework.domains) {
    const value = domainIndices.get(domain.id);
    if (!value) return undefined;
    total = add(total, mul(value, domain.weight));
  }
  return div(total, rational(100));
}
