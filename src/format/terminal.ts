/** What terminal output shares: colour as a value passed to formatters (so they stay pure), and cli-table3's chrome. */
export interface Palette {
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

const same = (text: string) => text;
export const plainPalette: Palette = { bold: same, dim: same, green: same, red: same, yellow: same, cyan: same };

/** cli-table3 without its own colours (it uses @colors/colors, which ignores our NO_COLOR handling): we colour cells. */
export const tableStyle = () => ({ head: [] as string[], border: [] as string[], compact: true });
