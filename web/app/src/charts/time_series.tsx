import { useEffect, useRef, useState } from "preact/hooks";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import "./chart.css";
import { alignedData, formatCount, summaryOf, type TimeSeries } from "./series.js";

interface Props {
  id: string;
  title: string; // "Views, clicks and widget opens by day"
  data: TimeSeries; // keep it the same object between renders (useMemo) or the chart is redrawn
  height?: number;
}

// Whole-number steps for the count axis: 1, 2, 5, 10, 20, 50 ...
const countSteps = Array.from({ length: 30 }, (_, i) => [1, 2, 5][i % 3] * 10 ** Math.floor(i / 3));
// Date steps no finer than a day (uPlot's own, in seconds): periods are whole days.
const day = 86_400;
const dateSteps = [
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15].map((n) => n * day),
  ...[1, 2, 3, 4, 6].map((n) => n * 30 * day),
  ...[1, 2, 5, 10, 25, 50, 100].map((n) => n * 365 * day),
];
const dateOf = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);

function optionsFor(element: HTMLElement, data: TimeSeries, width: number, height: number): uPlot.Options {
  const style = getComputedStyle(element);
  const variable = (name: string) => style.getPropertyValue(name).trim();
  const axis: uPlot.Axis = {
    stroke: variable("--mute"),
    grid: { stroke: variable("--line"), width: 1 },
    ticks: { stroke: variable("--line"), width: 1 },
  };
  return {
    width,
    height,
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), "Etc/UTC"),
    scales: {
      // uPlot pads a lone point by a day counted in milliseconds, years in seconds: half a day each side.
      x: { time: true, range: (_, min, max) => (data.periods.length === 1 ? [min - day / 2, min + day / 2] : [min, max]) },
      y: { range: (_, __, max) => [0, Math.max(1, Math.ceil(max * 1.1))] },
    },
    axes: [{ ...axis, incrs: dateSteps }, { ...axis, incrs: countSteps, values: (_, splits) => splits.map(formatCount) }],
    series: [
      { label: "Period", value: (_, seconds) => (seconds == null ? "" : dateOf(seconds)) },
      ...data.series.map((s, index) => ({
        label: s.label,
        stroke: variable(`--chart-${(index % 4) + 1}`),
        width: 2,
        points: { show: data.periods.length <= 62 },
        value: (_: uPlot, value: number | null) => (value == null ? "" : formatCount(value)),
      })),
    ],
  };
}

// Re-renders when the reader switches between light and dark, so the colours follow.
function useColourScheme(): boolean {
  const query = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
  const [dark, setDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return undefined;
    const follow = () => setDark(query.matches);
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, []);
  return dark;
}

// A time series of named counts: drawn by uPlot at its container's width, said in one
// sentence to screen readers, and given whole in a table under "The numbers".
export function TimeSeriesChart({ id, title, data, height = 240 }: Props) {
  const plot = useRef<HTMLDivElement>(null);
  const dark = useColourScheme();
  const summary = summaryOf(title, data);

  useEffect(() => {
    const element = plot.current;
    if (!element || data.periods.length === 0) return undefined;
    const chart = new uPlot(optionsFor(element, data, element.clientWidth, height), alignedData(data) as uPlot.AlignedData, element);
    const resize = new ResizeObserver(([entry]) => {
      const width = Math.floor(entry.contentRect.width);
      if (width > 0 && width !== chart.width) chart.setSize({ width, height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [data, height, dark]);

  return (
    <figure class="chart" id={id}>
      <figcaption>{title}</figcaption>
      <div class="chart-plot" ref={plot} role="img" aria-label={summary} />
      <details class="chart-numbers">
        <summary>The numbers</summary>
        <table class="list">
          <thead>
            <tr>
              <th scope="col">Period</th>
              {data.series.map((s) => <th scope="col" class="n">{s.label}</th>)}
            </tr>
          </thead>
          <tbody>
            {data.periods.map((period, row) => (
              <tr>
                <th scope="row">{period}</th>
                {data.series.map((s) => <td class="n">{formatCount(s.values[row] ?? 0)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
