// What a time-series chart shows, as plain data: named counts by period (a day, or the
// first day of a week or month). The chart draws it; the summary and the table say it.

export interface CountSeries {
  key: string; // stable, for the colour
  label: string; // "Views"
  values: number[]; // one per period
}

export interface TimeSeries {
  periods: string[]; // "YYYY-MM-DD", oldest first
  series: CountSeries[];
}

const count = new Intl.NumberFormat("en-US");
export const formatCount = (value: number): string => count.format(value);

// uPlot's data: the periods as Unix seconds (UTC midnight), then each series' values.
export function alignedData(data: TimeSeries): number[][] {
  return [data.periods.map((period) => Date.parse(`${period}T00:00:00Z`) / 1000), ...data.series.map((s) => s.values)];
}

function listOf(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

// One sentence a screen reader says in place of the drawing: what is counted, over which
// periods, each series' total and its busiest period.
export function summaryOf(title: string, data: TimeSeries): string {
  const { periods, series } = data;
  if (periods.length === 0) return `${title}: no data.`;
  const span = periods.length === 1 ? periods[0] : `${periods[0]} to ${periods[periods.length - 1]}`;
  const parts = series.map((s) => {
    const total = s.values.reduce((sum, value) => sum + value, 0);
    if (total === 0) return `${s.label.toLowerCase()} none`;
    let peak = 0;
    s.values.forEach((value, index) => {
      if (value > s.values[peak]) peak = index;
    });
    return `${s.label.toLowerCase()} ${formatCount(total)} in all, most ${formatCount(s.values[peak])} on ${periods[peak]}`;
  });
  return `${title}, ${span}: ${listOf(parts)}.`;
}
