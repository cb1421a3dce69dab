/**
 * The PDF report's font: DejaVu Sans (regular and bold) from the dejavu-fonts-ttf package, embedded
 * (subset) so that the PDF never depends on the fonts of the machine that writes or opens it. It
 * covers Indonesian and the marks the reports print (▲ ▼ → ·). Read only when a PDF is written.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const file = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}`);

export function reportFonts(): { regular: Uint8Array; bold: Uint8Array } {
  return { regular: readFileSync(file('DejaVuSans.ttf')), bold: readFileSync(file('DejaVuSans-Bold.ttf')) };
}
