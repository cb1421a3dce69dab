/** Markdown table cells: pipes escaped, line breaks folded. */
export const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
export const row = (cells: string[]): string => `| ${cells.map(cell).join(' | ')} |\n`;
