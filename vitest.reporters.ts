/**
 * The reporters every package's tests use: on a terminal, vitest's default; elsewhere (turbo's
 * logs, CI) the minimal one, which prints the failures and the totals but not the passing
 * list. Always a JSON report in `reports/vitest.json`, which `.ci/run` counts.
 */
export const REPORTERS = {
  reporters: [process.stdout.isTTY ? "default" : "minimal", "json"],
  outputFile: { json: "reports/vitest.json" },
};
