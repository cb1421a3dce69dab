/**
 * Tables on a phone: each body cell gets its column's head as a data-label, and a table of five or
 * more columns the class "cards", which the phone stylesheet (css.ts) lays out as one card per row
 * (a label beside each value), so no table is wider than the screen. Works on the page's own
 * markup: every text in it is escaped (no raw "<" or quote), so its tags can be read as written.
 */
const CARD_COLUMNS = 5;

const textOf = (markup: string) => markup.replace(/<[^>]*>/g, '').trim();

function labelTable(table: string): string {
  const head = /<thead>([\s\S]*?)<\/thead>/.exec(table);
  if (!head) return table;
  const labels = [...head[1]!.matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1]!));
  const body = table.replace(/<tbody>([\s\S]*?)<\/tbody>/, (_, rows: string) => {
    const labelled = rows.replace(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g, (row: string) => {
      let column = 0;
      return row.replace(/<(td|th)(\s[^>]*)?>/g, (tag: string, name: string, attributes = '') => {
        const label = labels[column++];
        return label ? `<${name}${attributes} data-label="${label.replace(/"/g, '&quot;')}">` : tag;
      });
    });
    return `<tbody>${labelled}</tbody>`;
  });
  if (labels.length < CARD_COLUMNS) return body;
  return /^<table class="/.test(body) ? body.replace(/^<table class="/, '<table class="cards ') : body.replace(/^<table/, '<table class="cards"');
}

export function withCellLabels(page: string): string {
  return page.replace(/<table[\s\S]*?<\/table>/g, labelTable);
}
