// The bounded slice of the fuzzer that runs with every `node --test out/test/` (so CI always fuzzes a little):
// a fixed seed, 150 mutated documents through the pure service, the truncation sweep over examples/ and 100
// requests to the real server over stdio (pull and push diagnostics): ~15 s on an idle machine. The counts are
// fixed (the same cases every run); the deadlines are only a safety net for a very busy machine.
// The long run is `npm run fuzz`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runServiceJob, sweepSize, jobFiles, type ServiceReport } from './worker';
import { runServer } from './server';
import { generatedFiles, seedFiles } from './corpus';

const SEED = 20_250_607;

function summary(r: ServiceReport): string {
  return [`${r.cases} cases, ${r.calls} calls, slowest ${r.slowest.call} ${r.slowest.ms.toFixed(1)} ms on ${r.slowest.file}`, ...r.failures.map((f) => `  ${f.summary}\n    ${f.path}`)].join('\n');
}

test('fuzz slice: mutated seed files through the pure service (fixed seed)', { timeout: 120_000 }, async (t) => {
  assert.ok(seedFiles().length > 0, 'seed files (examples/ at least)');
  const r = await runServiceJob({ mode: 'random', runSeed: SEED, from: 0, to: 150, deadline: Date.now() + 45_000, shrinkBudgetMs: 3000 }, { watchdogMs: 20_000 });
  t.diagnostic(summary(r));
  assert.ok(r.cases >= 30, `too few cases ran (${r.cases} of 150): the machine is very busy or the fuzzer broke`);
  assert.equal(r.failedCases, 0, summary(r));
  assert.equal(r.crashes + r.hangs + r.rangeErrors + r.editErrors + r.messageErrors, 0, summary(r));
});

test('fuzz slice: generated Ansible playbooks, task files, vars and INI inventories through the pure service (fixed seed)', { timeout: 120_000 }, async (t) => {
  const files = generatedFiles().map((f) => f.rel);
  const r = await runServiceJob({ mode: 'random', runSeed: SEED, from: 0, to: 70, deadline: Date.now() + 45_000, files, shrinkBudgetMs: 3000 }, { watchdogMs: 20_000 });
  t.diagnostic(summary(r));
  assert.ok(r.cases >= 20, `too few cases ran (${r.cases} of 70)`);
  // The generators must reach validation and code actions (hovers and completions are counted in the summary).
  assert.ok(r.hits.diagnostics > 0 && r.hits.actions > 0, `the generated documents got no answers: ${JSON.stringify(r.hits)}`);
  assert.equal(r.failedCases, 0, summary(r));
  assert.equal(r.crashes + r.hangs + r.rangeErrors + r.editErrors + r.messageErrors, 0, summary(r));
});

test('fuzz slice: examples/ truncated before every line, the cursor at the end', { timeout: 120_000 }, async (t) => {
  const files = jobFiles().filter((f) => f.rel.startsWith('examples/'));
  const r = await runServiceJob(
    { mode: 'sweep', runSeed: SEED, from: 0, to: Number.MAX_SAFE_INTEGER, deadline: Date.now() + 45_000, files: files.map((f) => f.rel), opts: { positions: 2, actionRanges: 1, applyFixes: 1 }, shrinkBudgetMs: 3000 },
    { watchdogMs: 20_000 },
  );
  t.diagnostic(`${summary(r)} (of ${sweepSize(files)} cuts)`);
  assert.ok(r.cases >= 30, `too few cuts ran (${r.cases})`);
  assert.equal(r.failedCases, 0, summary(r));
});

test('fuzz slice: the real server over stdio (open, edits, hover, completion, definition, code actions, diagnostics)', { timeout: 120_000 }, async (t) => {
  const r = await runServer({ runSeed: SEED, requests: 100, perSession: 50, deadline: Date.now() + 45_000, files: seedFiles() });
  const text = [`${r.sessions} sessions, ${r.requests} requests, ${r.notifications} notifications, slowest ${r.slowest.method} ${r.slowest.ms.toFixed(1)} ms on ${r.slowest.file}, slow once ${r.slowOnce}`, ...r.failures.map((f) => `  ${f.summary}\n    ${f.path}`)].join('\n');
  t.diagnostic(text);
  assert.ok(r.sessions >= 2, 'a pull session and a push session');
  assert.ok(r.requests >= 40, `too few requests (${r.requests})`);
  assert.equal(r.failures.length, 0, text);
  assert.equal(r.crashes + r.hangs + r.rangeErrors, 0, text);
});
