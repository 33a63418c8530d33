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

test('the catalogue widget’s rows: each caller at 104 and 10,000 products, against a baseline without them', () => {
  const latest: Results = structuredClone(baseline);
  const callers = ['104 products, signed out', '10,000 products, signed out'].map((label, i) => ({
    label,
    rows: 10,
    total: 16 + i,
    api: 4,
    render: 9,
  }));
  latest.services = { available: true, ok: true, output: '<loket-services>, page size 10', json: { callers } };
  const rows = formatReport(latest, baseline).split('\n');
  const at = rows.findIndex((l) => l.startsWith('catalogue widget, 104 vs 10,000'));
  assert.ok(at > 0, 'the section is there');
  const large = rows.findIndex((l) => l.startsWith('  10,000 products, signed out'));
  assert.match(rows[large]!, /4 +17$/);
  assert.match(rows[large + 1]!, /^ {4}baseline/, 'a baseline row even when the baseline has no figure');
  const older: Results = structuredClone(baseline);
  delete older.services;
  assert.match(formatReport(older, null), /catalogue widget, 104 vs 10,000 products +not available/);
});
