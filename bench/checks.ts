/**
 * A target checked against a measured figure, and how the benches print a list of them: one
 * line each, `met` or `MISSED` with the figure, then how many were met (`npm run bench`'s
 * ratios, bench/report.ts; `npm run bench:ui`'s page targets, bench/ui/targets.ts).
 */
export interface Check {
  text: string;
  met: boolean;
}

/** The lines that report `checks`: each one, then the count met. */
export function checkLines(checks: readonly Check[]): string[] {
  return [
    ...checks.map((c) => `  ${c.met ? 'met   ' : 'MISSED'} ${c.text}`),
    `${checks.filter((c) => c.met).length} of ${checks.length} met`,
  ];
}
