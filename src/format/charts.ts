/**
 * The report's charts, drawn by Apache ECharts' server-side SVG renderer (no browser, no DOM, no
 * canvas): the HTML report inlines the SVG and the PDF draws the same SVG as vectors. This module is
 * reached only through the lazily loaded report formats, so scoring never loads ECharts.
 *
 * Every chart is drawn at CHART_WIDTH CSS px, the width of a 390 px phone's column, and is never
 * shown narrower, so a 12 px label stays at least 12 px on screen. Geometry uses approximate
 * numbers; every figure printed on a chart is passed in as text (the exact value rounded half-up).
 */
import { init, use, type EChartsCoreOption } from 'echarts/core';
import { BarChart, LineChart, RadarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, RadarComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { html as escapeXml } from './escape.js';

use([BarChart, LineChart, RadarChart, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, RadarComponent, SVGRenderer]);

export const CHART_WIDTH = 360;
const FONT = 'Noto Sans, DejaVu Sans, Arial, sans-serif';
const INK = '#1d2733';
const MUTED = '#5b6b7c';
const LINE = '#d9e0e7';
export const SERIES_COLOURS = { current: '#1f6feb', previous: '#6e7781', target: '#1a7f37' } as const;
/** Predikat band shades, from the highest band to the lowest. */
const BAND_SHADES = ['#d2f4dc', '#e6f6e9', '#ddeeff', '#fff4cc', '#ffe1df'];
const FRAMEWORK_COLOURS = ['#1f6feb', '#8250df', '#bf3989', '#0a7b83'];


/** The SVG of one chart, with its accessible name. */
function render(option: EChartsCoreOption, height: number, title: string, id: string): string {
  const chart = init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: FONT, fontSize: 12, color: INK }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  // zrender numbers its instances and style classes per process (zr7-cls-26): named after the chart
  // instead, the output depends on the input only, and ids stay apart between a page's charts.
  const classes = new Map<string, number>();
  const named = svg.replace(/\bzr\d+-cls-(\d+)/g, (_, n: string) => `${id}-cls-${classes.get(n) ?? classes.set(n, classes.size).get(n)}`).replace(/\bzr\d+-/g, `${id}-`);
  return named.replace(/^<svg /, `<svg role="img" aria-label="${escapeXml(title)}" data-chart="${escapeXml(id)}" `);
}

export interface BarRow {
  label: string;
  value: number;
  /** The figure printed at the end of the bar. */
  text: string;
}

/** Horizontal bars on a 0..max scale, a wrapped label to the left and the figure at the end. */
export function barChart(rows: readonly BarRow[], max: number, title: string, id: string): string {
  const height = 30 + rows.length * 46;
  return render(
    {
      // Each label sits above its bar, across the chart's width, so a long name wraps instead of
      // running off the left edge.
      grid: { left: 10, right: 52, top: 4, bottom: 26 },
      xAxis: { type: 'value', min: 0, max, interval: 1, axisLabel: { fontSize: 12, color: MUTED }, splitLine: { lineStyle: { color: LINE } } },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisTick: { show: false }, axisLabel: { inside: true, fontSize: 12, color: INK, align: 'left', verticalAlign: 'bottom', margin: 0, padding: [0, 0, 11, 4], width: CHART_WIDTH - 70, overflow: 'break', lineHeight: 14 } },
      series: [
        {
          type: 'bar',
          barWidth: 14,
          itemStyle: { color: SERIES_COLOURS.current, borderRadius: 3 },
          label: { show: true, position: 'right', fontSize: 12, color: INK, formatter: (p: { dataIndex: number }) => rows[p.dataIndex]!.text },
          data: rows.map((r) => r.value),
        },
      ],
    },
    height,
    title,
    id,
  );
}

export interface RadarSeries {
  name: string;
  kind: keyof typeof SERIES_COLOURS;
  values: number[];
}

/** A radar of the aspect indices: short axis names (the table beside it names them), rings 1..max labelled on the first axis. */
export function radarChart(axes: readonly string[], series: readonly RadarSeries[], max: number, title: string): string {
  const height = 330;
  return render(
    {
      legend: { bottom: 0, itemWidth: 14, textStyle: { fontSize: 12, color: INK }, data: series.map((s) => s.name) },
      radar: {
        center: ['50%', '46%'],
        radius: '66%',
        shape: 'polygon',
        splitNumber: max,
        axisName: { color: INK, fontSize: 12, fontWeight: 'bold' },
        splitLine: { lineStyle: { color: LINE } },
        splitArea: { show: false },
        axisLine: { lineStyle: { color: LINE } },
        indicator: axes.map((name, i) => ({ name, min: 0, max, axisLabel: { show: i === 0, fontSize: 11, color: MUTED, showMinLabel: false } })),
      },
      series: [
        {
          type: 'radar',
          symbolSize: 5,
          data: series.map((s) => ({
            name: s.name,
            value: s.values,
            lineStyle: { color: SERIES_COLOURS[s.kind], width: 2, type: s.kind === 'target' ? 'dashed' : 'solid' },
            itemStyle: { color: SERIES_COLOURS[s.kind] },
            areaStyle: s.kind === 'current' ? { color: SERIES_COLOURS.current, opacity: 0.15 } : undefined,
          })),
        },
      ],
    },
    height,
    title,
    'radar',
  );
}

export interface TrendPoint {
  year: number;
  value: number;
  text: string;
  /** The short name of the framework the year was scored under (59/2020). */
  framework: string;
  /** The first year on another framework than the year before (core's yearTrend). */
  newRuler: boolean;
  /** That framework's predikat bands, highest first: name and lower bound. */
  bands: readonly { name: string; min: number }[];
}

/**
 * The index over a real year axis (gaps between years keep their width), the index axis from the
 * scale's minimum to its maximum with the predikat bands of each framework shaded, and a line per
 * framework: a change of framework breaks the line and is marked with the new framework's name.
 */
export function trendChart(points: readonly TrendPoint[], scale: { min: number; max: number }, title: string): string {
  const runs: TrendPoint[][] = [];
  for (const p of points) {
    const last = runs.at(-1);
    if (last && !p.newRuler) last.push(p);
    else runs.push([p]);
  }
  const first = points[0]!.year;
  const last = points.at(-1)!.year;
  // Where one framework's run ends and the next begins: halfway between their years.
  const edges = runs.map((run, i) => ({
    from: i === 0 ? first - 1 : (runs[i - 1]!.at(-1)!.year + run[0]!.year) / 2,
    to: i === runs.length - 1 ? last + 1 : (run.at(-1)!.year + runs[i + 1]![0]!.year) / 2,
  }));
  const series = runs.map((run, i) => ({
    type: 'line',
    name: run[0]!.framework,
    data: run.map((p) => [p.year, p.value]),
    symbolSize: 7,
    lineStyle: { width: 2.5, color: FRAMEWORK_COLOURS[i % FRAMEWORK_COLOURS.length] },
    itemStyle: { color: FRAMEWORK_COLOURS[i % FRAMEWORK_COLOURS.length] },
    label: { show: true, position: 'top', fontSize: 12, fontWeight: 'bold', color: INK, formatter: (p: { dataIndex: number }) => run[p.dataIndex]!.text },
    markArea: {
      silent: true,
      data: run[0]!.bands.map((band, b) => [
        { xAxis: edges[i]!.from, yAxis: Math.max(band.min, scale.min), itemStyle: { color: BAND_SHADES[b % BAND_SHADES.length] } },
        { xAxis: edges[i]!.to, yAxis: b === 0 ? scale.max : Math.max(run[0]!.bands[b - 1]!.min, scale.min) },
      ]),
    },
    ...(i > 0
      ? { markLine: { silent: true, symbol: 'none', lineStyle: { color: INK, type: 'dashed', width: 1.5 }, label: { formatter: () => run[0]!.framework, position: 'insideEndTop', fontSize: 12, color: INK }, data: [{ xAxis: edges[i]!.from }] } }
      : {}),
  }));
  return render(
    {
      grid: { left: 4, right: 12, top: 14, bottom: 40 },
      legend: { bottom: 0, itemWidth: 14, textStyle: { fontSize: 12, color: INK } },
      xAxis: {
        type: 'value',
        min: first - 1,
        max: last + 1,
        interval: 1,
        splitLine: { show: false },
        axisLabel: { fontSize: 12, color: MUTED, hideOverlap: true, formatter: (v: number) => (v < first || v > last ? '' : String(v)) },
      },
      yAxis: { type: 'value', min: scale.min, max: scale.max, interval: 1, axisLabel: { fontSize: 12, color: MUTED }, splitLine: { lineStyle: { color: LINE } } },
      series,
    },
    280,
    title,
    'trend',
  );
}
