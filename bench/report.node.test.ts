import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { delta, formatReport, type Results } from './report.ts';

const baseline = JSON.parse(readFileSync(new URL('./baseline.json', import.meta.url), 'utf8')) as Results;

test('delta: the change in the figure’s unit, with the percentage of the baseline', () => {
  assert.equal(delta(250, 284), '−34 (−12%)');
  assert.equal(delta(920, 890), '+30 (+3.4%)');
  assert.equal(delta(18_181, 17_981, 'kb'), '+0.2 KB (+1.1%)');
  assert.equal(delta(0.0012, 0, 'n', 4), '+0.0012');
  assert.equal(delta(5, 5), '±0');
  assert.equal(delta(null, 5), '–');
});

test('the table puts the baseline and the difference under each key figure', () => {
  const latest: Results = structuredClone(baseline);
  latest.headerUpgrade4x.medianMs = baseline.headerUpgrade4x.medianMs + 10;
  const table = formatReport(latest, baseline);
  assert.match(table, /^compared with bench\/baseline\.json — /m);
  const rows = table.split('\n');
  const at = rows.findIndex((l) => l.startsWith('<loket-header> upgrade'));
  assert.match(rows[at + 1]!, /^ {4}baseline +\d/);
  assert.match(rows[at + 2]!, /^ {4}Δ +\+10\.0 \(\+\d+(\.\d)?%\)$/);
});

test('without a baseline the table says how to make one', () => {
  const table = formatReport(baseline, null);
  assert.match(table, /npm run bench:baseline/);
  assert.doesNotMatch(table, /^ {4}Δ/m);
});
