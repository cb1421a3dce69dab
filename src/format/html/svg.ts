/**
 * Small SVG charts for the HTML report, drawn by hand: no library, no canvas, no network. Chart
 * geometry uses approximate numbers; every label printed on a chart is the exact value rounded
 * half-up, as in every other output.
 */
import { rational, toApproxNumber, toFixed, type Rational } from '../../core/rational.js';

export { html as escapeHtml } from '../escape.js';
import { html as escapeHtml } from '../escape.js';
const round = (n: number) => Math.round(n * 10) / 10;

export interface Series {
  name: string;
  className: string;
  values: Rational[];
}

/** A radar (spider) chart of aspect indices on a 0..max scale, one polygon per series. */
export function radarChart(labels: string[], series: Series[], max: number, title: string): string {
  const size = 420;
  const c = size / 2;
  const r = 140;
  const n = labels.length;
  const point = (i: number, value: number) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [round(c + Math.cos(angle) * r * (value / max)), round(c + Math.sin(angle) * r * (value / max))] as const;
  };
  const rings = Array.from({ length: max }, (_, k) => k + 1)
    .map((level) => `<polygon class="ring" points="${labels.map((_, i) => point(i, level).join(',')).join(' ')}"/>`)
    .join('');
  const spokes = labels.map((_, i) => `<line class="spoke" x1="${c}" y1="${c}" x2="${point(i, max)[0]}" y2="${point(i, max)[1]}"/>`).join('');
  const labelText = labels
    .map((label, i) => {
      const [x, y] = point(i, max + 0.55);
      const anchor = Math.abs(x - c) < 8 ? 'middle' : x > c ? 'start' : 'end';
      return `<text class="axis-label" x="${x}" y="${y}" text-anchor="${anchor}">${escapeHtml(label)}</text>`;
    })
    .join('');
  const polygons = series
    .map((s) => {
      const points = s.values.map((v, i) => point(i, toApproxNumber(v)).join(',')).join(' ');
      const dots = s.values.map((v, i) => `<circle class="${s.className}" cx="${point(i, toApproxNumber(v))[0]}" cy="${point(i, toApproxNumber(v))[1]}" r="3"><title>${escapeHtml(`${s.name}: ${labels[i]} ${toFixed(v)}`)}</title></circle>`).join('');
      return `<polygon class="series ${s.className}" data-series="${escapeHtml(s.name)}" data-values="${s.values.map((v) => toFixed(v)).join(' ')}" points="${points}"/>${dots}`;
    })
    .join('');
  const legend = series.map((s) => `<span class="legend ${s.className}">${escapeHtml(s.name)}</span>`).join(' ');
  return `<figure class="chart radar"><svg viewBox="-170 0 ${size + 340} ${size}" role="img" aria-label="${escapeHtml(title)}">${rings}${spokes}${polygons}${labelText}</svg><figcaption>${escapeHtml(title)} ${legend}</figcaption></figure>`;
}

/** Horizontal bars, one per row, on a 0..max scale, with the value printed at the end. */
export function barChart(rows: { label: string; value: Rational; note?: string }[], max: number, title: string, id: string): string {
  const height = rows.length * 34 + 10;
  const labelWidth = 230;
  const barWidth = 300;
  const bars = rows
    .map((row, i) => {
      const y = 8 + i * 34;
      const width = round((barWidth * toApproxNumber(row.value)) / max);
      return `<g class="bar" data-label="${escapeHtml(row.label)}" data-value="${toFixed(row.value)}"><text class="bar-label" x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(row.label)}</text><rect class="track" x="${labelWidth}" y="${y}" width="${barWidth}" height="22" rx="3"/><rect class="fill" x="${labelWidth}" y="${y}" width="${width}" height="22" rx="3"/><text class="bar-value" x="${labelWidth + barWidth + 8}" y="${y + 17}">${toFixed(row.value)}${row.note ? ` ${escapeHtml(row.note)}` : ''}</text></g>`;
    })
    .join('');
  return `<figure class="chart bars" id="${id}"><svg viewBox="0 0 ${labelWidth + barWidth + 90} ${height}" role="img" aria-label="${escapeHtml(title)}">${bars}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

/** The index over the years: a line with a labelled point per year. */
/** The index by year; the line breaks where the framework changes, at a dashed rule titled `rulerLabel`. */
export function trendChart(points: { year: number; index: Rational; newRuler?: boolean }[], max: number, title: string, rulerLabel = ''): string {
  const width = 520;
  const height = 220;
  const left = 56;
  const bottom = 190;
  const span = Math.max(1, points.length - 1);
  const x = (i: number) => round(left + ((width - left - 30) * i) / span);
  const y = (v: Rational) => round(bottom - ((bottom - 20) * toApproxNumber(v)) / max);
  const grid = Array.from({ length: max + 1 }, (_, k) => `<line class="grid" x1="${left}" x2="${width - 20}" y1="${y(rational(k))}" y2="${y(rational(k))}"/><text class="axis-label" x="${left - 8}" y="${y(rational(k)) + 4}" text-anchor="end">${k}</text>`).join('');
  const runs: number[][] = [];
  points.forEach((p, i) => (i === 0 || p.newRuler ? runs.push([i]) : runs.at(-1)!.push(i)));
  const line = runs.map((run) => `<polyline class="trend-line" points="${run.map((i) => `${x(i)},${y(points[i]!.index)}`).join(' ')}"/>`).join('');
  const rulers = points
    .map((p, i) => (p.newRuler ? `<line class="ruler-change" data-year="${p.year}" x1="${round((x(i - 1) + x(i)) / 2)}" x2="${round((x(i - 1) + x(i)) / 2)}" y1="20" y2="${bottom}" stroke-dasharray="4 4"><title>${escapeHtml(rulerLabel)}</title></line>` : ''))
    .join('');
  const dots = points.map((p, i) => `<g class="trend-point" data-year="${p.year}" data-value="${toFixed(p.index)}"><circle cx="${x(i)}" cy="${y(p.index)}" r="4"/><text x="${x(i)}" y="${y(p.index) - 10}" text-anchor="middle">${toFixed(p.index)}</text><text class="axis-label" x="${x(i)}" y="${bottom + 20}" text-anchor="middle">${p.year}</text></g>`).join('');
  return `<figure class="chart trend"><svg viewBox="0 0 ${width} ${height + 10}" role="img" aria-label="${escapeHtml(title)}">${grid}${rulers}${line}${dots}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}

/** Counts as vertical columns (the predikat distribution). */
export function columnChart(columns: { label: string; count: number }[], title: string): string {
  const width = 90 * columns.length + 20;
  const height = 200;
  const most = Math.max(1, ...columns.map((c) => c.count));
  const cols = columns
    .map((c, i) => {
      const h = round((140 * c.count) / most);
      const xPos = 20 + i * 90;
      return `<g class="column" data-label="${escapeHtml(c.label)}" data-count="${c.count}"><rect class="fill" x="${xPos}" y="${160 - h}" width="60" height="${h}" rx="3"/><text x="${xPos + 30}" y="${152 - h}" text-anchor="middle">${c.count}</text><text class="axis-label" x="${xPos + 30}" y="180" text-anchor="middle">${escapeHtml(c.label)}</text></g>`;
    })
    .join('');
  return `<figure class="chart columns"><svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}">${cols}</svg><figcaption>${escapeHtml(title)}</figcaption></figure>`;
}
