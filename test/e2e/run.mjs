// Real-editor end-to-end tests: the packaged .vsix in a real VS Code (code-server), driven through headless
// chromium like a person would — keyboard shortcuts, then wait (with deadlines) for what the page shows.
//
//   npm run test:e2e                     # package, install, run every row of formats.mjs, print "N passed, M failed"
//   npm run test:e2e -- --no-package     # reuse devops-hints-<version>.vsix as it is
//   npm run test:e2e -- --only Compose   # rows whose format contains the text (plus the global checks)
//   npm run test:e2e -- --update-docs    # after a clean run, copy the README's screenshots to docs/
//   npm run test:e2e -- --keep           # keep the temporary workspace / user data (printed)
//
// A screenshot per step goes to test-results/e2e/. Every process started here is stopped by PID, also on failure.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCodeServer, installVsix, launchBrowser, run, startCodeServer } from './codeServer.mjs';
import { FORMATS, GLANCE, WORKSPACE, hoversOf, pendingOf, resolvePosition } from './formats.mjs';
import {
  closeHover,
  completionLabels,
  focusEditor,
  goTo,
  keyboardHover,
  openFile,
  openWorkbench,
  popupsSettled,
  problemsFor,
  revertAndClose,
  runCommand,
  setEnumSetting,
  showProblems,
  waitFor,
  visibleEditorText,
  waitForEditorText,
} from './workbench.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const resultsDir = path.join(repoRoot, 'test-results', 'e2e');
const docsDir = path.join(repoRoot, 'docs');
const args = process.argv.slice(2);
const flag = (f) => args.includes(f);
const option = (f) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);
const only = option('--only');

// Deadlines. The first hover waits for activation + server start; CI machines are slower than laptops.
const FIRST_HOVER_MS = 120_000;
const STEP_MS = 30_000;

const results = []; // { name, status: 'pass' | 'fail' | 'pending', detail }
const docsShots = new Map(); // docs file name -> screenshot path (from passing steps only)
let shotCounter = 0;
let page;

function log(msg) {
  console.log(msg);
}

async function screenshot(name) {
  if (!page) return undefined;
  const file = path.join(resultsDir, `${String(++shotCounter).padStart(2, '0')}-${name.replace(/[^\w.-]+/g, '-')}.png`);
  await popupsSettled(page);
  await page.screenshot({ path: file }).catch((e) => log(`  (screenshot failed: ${e.message})`));
  return file;
}

/**
 * One test: run `fn`, take a screenshot (fn may take its own at the right moment through `shot`), record the
 * result. Failures are recorded and the run goes on (the UI is reset with Escape).
 */
async function step(name, fn, { docs } = {}) {
  const t0 = Date.now();
  let shotTaken;
  const shot = async (suffix = '') => (shotTaken = await screenshot(`${name}${suffix}`));
  try {
    await fn(shot);
    if (!shotTaken) await shot();
    if (docs && shotTaken) docsShots.set(docs, shotTaken);
    results.push({ name, status: 'pass' });
    log(`  ✔ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return true;
  } catch (e) {
    const file = await screenshot(`${name}-FAILED`);
    results.push({ name, status: 'fail', detail: e.message });
    log(`  ✖ ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)\n      ${String(e.message).split('\n').join('\n      ')}\n      screenshot: ${file}`);
    for (let i = 0; i < 3; i++) await page?.keyboard.press('Escape').catch(() => {});
    return false;
  }
}

function pending(name, why) {
  results.push({ name, status: 'pending', detail: why });
  log(`  - ${name}: pending (${why})`);
}

function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

const firstLineOf = (text) => text.split('\n').find((l) => l.trim()) ?? '';

/** Hover texts must be rendered markdown: no `**`, no `[..](..)`, no HTML tags (`<src>`-like placeholders are fine). */
function assertRendered(text) {
  const raw = /\*\*|\]\(|<\/?(?:a|b|i|p|br|hr|div|span|code|pre|strong|em|img|ul|ol|li|table|tr|td)\b[^>]*>/i.exec(text);
  assert(!raw, `the hover shows markdown/HTML source (${JSON.stringify(raw?.[0])}) instead of rendering it:\n${text}`);
}

function matchAll(text, regexes) {
  return regexes.every((r) => r.test(text));
}

function missing(text, regexes) {
  return regexes.filter((r) => !r.test(text)).map(String);
}

let firstHoverDone = false;
async function hoverCheck(fileText, check, { shot }) {
  const { line, col } = resolvePosition(fileText, check.at);
  await focusEditor(page);
  await goTo(page, line, col);
  // Only the first hover waits for activation and the server's start (also when it fails: a broken build
  // should fail in minutes, not wait the long deadline for every hover).
  const timeoutMs = firstHoverDone ? STEP_MS : FIRST_HOVER_MS;
  firstHoverDone = true;
  let text;
  try {
    text = await keyboardHover(page, { accept: (t) => matchAll(t, check.expect), timeoutMs });
  } catch (e) {
    throw new Error(`hover at ${line}:${col}: ${e.message}\nmissing: ${check.expect.map(String).join(', ')}`);
  }
  assertRendered(text);
  assert(missing(text, check.expect).length === 0, `hover misses ${missing(text, check.expect)}`);
  await shot();
  await closeHover(page);
  return text;
}

const key = (p) => `${p.code}@${p.line}`;

async function rowTests(row, ws) {
  log(`\n${row.format} — ${row.file}`);
  const pendings = pendingOf(row);
  if (row.pending) {
    pending(`${row.format}: all features`, row.pending);
    return;
  }
  const fileText = fs.readFileSync(path.join(ws, row.file), 'utf8');
  const opened = await step(`${row.format}: open ${row.file}`, async () => {
    await openFile(page, row.file, { firstLine: firstLineOf(fileText) });
  });
  if (!opened) {
    for (const f of ['hover', 'problems', 'completion', 'snippet', 'quick fix']) results.push({ name: `${row.format}: ${f}`, status: 'fail', detail: 'file did not open' });
    return;
  }

  for (const check of hoversOf(row)) {
    const label = typeof check.at === 'string' ? check.at : check.at.text;
    await step(`${row.format}: hover ${label} (ko)`, (shot) => hoverCheck(fileText, check, { shot }), {
      docs: row.format === 'Dockerfile' && label === 'FROM' ? 'hover-ko.png' : undefined,
    });
  }

  let shownProblems = [];
  if (row.problems) {
    const want = row.problems.map(key).sort();
    await step(`${row.format}: problems ${want.join(', ') || '(none)'}`, async (shot) => {
      await showProblems(page);
      let got = [];
      await waitFor(
        async () => {
          shownProblems = await problemsFor(page, row.file);
          got = shownProblems.map(key).sort();
          return JSON.stringify(got) === JSON.stringify(want);
        },
        { timeoutMs: STEP_MS, describe: () => `Problems panel for ${row.file}: ${JSON.stringify(got)}, want ${JSON.stringify(want)}` },
      );
      for (const p of shownProblems) assert(p.message.trim(), `${key(p)} has an empty message`);
      await shot();
    });
  }

  if (row.completion) {
    const c = row.completion;
    await step(`${row.format}: completion ${c.expectLabels.join(', ')}`, async (shot) => {
      const { line, col } = resolvePosition(fileText, c.at);
      await focusEditor(page);
      await goTo(page, line, col);
      try {
        if (c.type) await page.keyboard.type(c.type);
        const labels = await completionLabels(page, { wanted: c.expectLabels, timeoutMs: STEP_MS });
        const absent = c.expectLabels.filter((l) => !labels.includes(l));
        assert(!absent.length, `completion misses ${JSON.stringify(absent)}; shown: ${JSON.stringify(labels)}`);
        await shot();
      } finally {
        await page.keyboard.press('Escape');
        if (c.type) await runCommand(page, 'File: Revert File');
      }
    });
  }

  if (row.snippet) {
    const s = row.snippet;
    await step(`${row.format}: snippet ${s.prefix}`, async (shot) => {
      await focusEditor(page);
      if (s.at) {
        const { line, col } = resolvePosition(fileText, s.at);
        await goTo(page, line, col);
      } else {
        await page.keyboard.press('Control+End');
        if (!fileText.endsWith('\n')) await page.keyboard.press('Enter');
      }
      if (s.type) await page.keyboard.type(s.type);
      await page.keyboard.type(s.prefix);
      const widget = page.locator('.suggest-widget.visible');
      const row_ = widget.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${s.prefix}$`) }) });
      // Typing opens suggestions by itself; a person presses Ctrl+Space when it did not (e.g. after a `-`).
      await waitFor(
        async () => {
          if (await row_.first().isVisible()) return true;
          await page.keyboard.press('Control+Space');
          await row_.first().waitFor({ timeout: 2000 }).catch(() => {});
          return row_.first().isVisible();
        },
        { timeoutMs: STEP_MS, describe: () => `no "${s.prefix}" proposal` },
      );
      await row_.first().click();
      await waitForEditorText(page, s.expectText, { timeoutMs: STEP_MS });
      await page.locator('.tabs-container .tab.active.dirty').waitFor({ timeout: 5000 });
      await page.keyboard.press('Escape'); // leave snippet mode
      await shot();
      // The next steps read the file's own lines.
      await runCommand(page, 'File: Revert File');
      await waitForEditorText(page, s.expectText, { timeoutMs: STEP_MS, absent: true });
    });
  }

  if (row.quickFix) {
    const q = row.quickFix;
    await step(`${row.format}: quick fix "${q.title}"`, async (shot) => {
      await showProblems(page);
      const problem = await waitFor(async () => (await problemsFor(page, row.file)).find((p) => p.code === q.code && p.line === q.line), {
        timeoutMs: STEP_MS,
        describe: () => `no ${q.code}@${q.line} in the Problems panel`,
      });
      const before = (await problemsFor(page, row.file)).filter((p) => p.code === q.code).length;
      await focusEditor(page);
      await goTo(page, problem.line, problem.col);
      const action = page.locator('.action-widget .monaco-list-row.action', { hasText: q.title }).first();
      await waitFor(
        async () => {
          if (await action.isVisible()) return true;
          await page.keyboard.press('Control+.');
          await action.waitFor({ timeout: 3000 }).catch(() => {});
          return action.isVisible();
        },
        {
          timeoutMs: STEP_MS,
          describe: async () => `no quick fix "${q.title}"; menu: ${JSON.stringify(await page.locator('.action-widget').first().innerText().catch(() => ''))}`,
        },
      );
      await shot('-menu');
      await action.click();
      await page.locator('.action-widget').first().waitFor({ state: 'hidden' }).catch(() => {});
      await waitForEditorText(page, q.expectText, { timeoutMs: STEP_MS });
      // The fixed problem is gone (others of the same rule may stay).
      await waitFor(async () => (await problemsFor(page, row.file)).filter((p) => p.code === q.code).length < before, {
        timeoutMs: STEP_MS,
        describe: () => `${q.code}@${q.line} is still in the Problems panel after the fix`,
      });
      await screenshot(`${row.format}-quick-fix-applied`);
    }, { docs: row.format === 'Dockerfile' ? 'quickfix.png' : undefined });
  }

  if (row.command) {
    const c = row.command;
    await step(`${row.format}: command "${c.label}"`, async (shot) => {
      await focusEditor(page);
      await runCommand(page, c.label);
      const tab = page.locator('.tabs-container .tab', { hasText: c.tab }).first();
      await tab.waitFor({ timeout: STEP_MS });
      // The result opens beside, without taking the focus: focus its tab, then read it.
      await tab.click();
      let text = '';
      await waitFor(
        async () => {
          text = await visibleEditorText(page).catch(() => '');
          return c.expectText.every((t) => text.includes(t));
        },
        { timeoutMs: STEP_MS, describe: () => `${c.tab} does not show ${JSON.stringify(c.expectText)}:\n${text}` },
      );
      await shot();
      await runCommand(page, 'View: Close Editor');
      await tab.waitFor({ state: 'hidden', timeout: 10_000 });
    });
  }

  for (const f of pendings) pending(`${row.format}: ${f}`, `not supported for ${row.format} yet`);

  await step(`${row.format}: revert and close`, () => revertAndClose(page, row.file));
}

/**
 * Hovers read at a glance: for each of the most common hovers, the 📘 docs line lies inside the hover as shown, before
 * any scrolling (measured with the hover's and the line's boxes in the page).
 */
async function glanceTests(ws) {
  log('\nHovers at a glance (the 📘 line visible without scrolling)');
  let visible = 0;
  const rows = [];
  for (const [i, g] of GLANCE.entries()) {
    const fileText = fs.readFileSync(path.join(ws, g.file), 'utf8');
    const label = typeof g.at === 'string' ? g.at : g.at.text;
    await step(`glance: ${g.file} — hover ${label} shows its 📘 line without scrolling`, async (shot) => {
      await openFile(page, g.file, { firstLine: firstLineOf(fileText) });
      const { line, col } = resolvePosition(fileText, g.at);
      await focusEditor(page);
      await goTo(page, line, col);
      await keyboardHover(page, { accept: (t) => /📘/.test(t) });
      const hover = page.locator('.monaco-hover:not(.hidden)').first();
      const box = await hover.boundingBox();
      const docs = hover.locator('p', { hasText: '📘' }).last();
      const d = await docs.boundingBox();
      const inside = !!(box && d && d.y >= box.y - 1 && d.y + d.height <= box.y + box.height + 1);
      rows.push(`${g.file} ${label}: hover ${Math.round(box?.height ?? 0)} px, 📘 line at ${d ? Math.round(d.y - (box?.y ?? 0)) : '—'} px${inside ? '' : ' (below the fold)'}`);
      if (inside) visible++;
      await shot();
      await closeHover(page);
      assert(inside, `the 📘 line is not visible without scrolling: ${rows[rows.length - 1]}`);
    });
    if (GLANCE[i + 1]?.file !== g.file) await step(`glance: close ${g.file}`, () => revertAndClose(page, g.file));
  }
  log(`[e2e] glance: ${visible}/${GLANCE.length} hovers show their docs line without scrolling\n  ${rows.join('\n  ')}`);
}

/**
 * The learner's notes (examples/notes, set by examples/.vscode/settings.json): a hover quotes the matching passage
 * with a link that opens the note at that line; "Search my notes" finds it by a Korean or English word.
 */
async function notesTests(ws) {
  log('\nMy notes (devopsHints.notesFolders)');
  const file = 'kubernetes/deployment.yaml';
  const noteRel = 'notes/study-notes.md';
  const noteLines = fs.readFileSync(path.join(ws, noteRel), 'utf8').split('\n');
  const quoted = noteLines.findIndex((l) => l.includes('maxSurge: 1')) + 1;
  assert(quoted > 0, `${noteRel} has the maxSurge line`);
  const fileText = fs.readFileSync(path.join(ws, file), 'utf8');
  await step(`notes: open ${file}`, () => openFile(page, file, { firstLine: firstLineOf(fileText) }));
  await step('notes: hover maxSurge quotes the note, and its link opens the note at that line', async (shot) => {
    const text = await hoverCheck(fileText, { at: { text: 'maxSurge' }, expect: [/내 노트/, /study-notes › Kubernetes › Deployment 롤링 업데이트/, /업데이트 중에 replicas보다 더 띄울 수 있는 파드 수/] }, { shot: async () => {} });
    assert(/📒 강의 노트: /.test(text), 'the course citation is still there');
    // Open the hover again and follow the link.
    const { line, col } = resolvePosition(fileText, { text: 'maxSurge' });
    await focusEditor(page);
    await goTo(page, line, col);
    await keyboardHover(page, { accept: (t) => /내 노트/.test(t) });
    await shot();
    await page.locator('.monaco-hover:not(.hidden) a', { hasText: 'study-notes' }).first().click();
    await page.locator('.tabs-container .tab.active', { hasText: 'study-notes.md' }).waitFor({ timeout: STEP_MS });
    await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${quoted}, Col \\d+`) }).first().waitFor({ timeout: STEP_MS });
  });
  await step('notes: close the note', () => revertAndClose(page, noteRel));
  await step(`notes: close ${file}`, () => revertAndClose(page, file));
  await step('notes: "DevOps Hints: Search my notes" finds a Korean word and opens the note at its line', async (shot) => {
    const target = noteLines.findIndex((l) => l.includes('핸들러는 여러 번')) + 1;
    // The command title follows VS Code's display language (English here); the quick pick follows devopsHints.language.
    await runCommandKeepOpen(page, 'DevOps Hints: Search my notes');
    await page.keyboard.type('핸들러 한 번만');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: '핸들러는 여러 번 notify 받아도' }).first();
    await row.waitFor({ timeout: STEP_MS });
    await shot();
    await row.click();
    await page.locator('.tabs-container .tab.active', { hasText: 'study-notes.md' }).waitFor({ timeout: STEP_MS });
    await page.locator('.statusbar-item', { hasText: new RegExp(`Ln ${target}, Col \\d+`) }).first().waitFor({ timeout: STEP_MS });
  });
  await step('notes: close the note (search)', () => revertAndClose(page, noteRel));
}

/** Run a command whose own quick pick stays open (F1, the label, Enter). */
async function runCommandKeepOpen(page, label) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.keyboard.type(`>${label}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first().waitFor({ timeout: STEP_MS });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget input[placeholder*="노트"]').waitFor({ timeout: STEP_MS });
}

/** The workspace index and navigation: a stage renamed in a Dockerfile reaches the Compose file; Outline; Ctrl+T. */
async function workspaceTests(ws) {
  log('\nWorkspace index and navigation');
  const { index, outline, symbol } = WORKSPACE;
  const composeText = fs.readFileSync(path.join(ws, index.compose), 'utf8');
  const dfText = fs.readFileSync(path.join(ws, index.dockerfile), 'utf8');
  const want = key(index.problem);
  await step(`index: renaming the stage in ${index.dockerfile} brings ${want} to ${index.compose}, untouched`, async (shot) => {
    await openFile(page, index.compose, { firstLine: firstLineOf(composeText) });
    await showProblems(page);
    await waitFor(async () => !(await problemsFor(page, index.compose)).some((p) => key(p) === want), {
      timeoutMs: STEP_MS,
      describe: () => `${want} is shown for ${index.compose} before any change`,
    });
    await openFile(page, index.dockerfile, { firstLine: firstLineOf(dfText) });
    const { line, col } = resolvePosition(dfText, index.edit.at);
    await focusEditor(page);
    await goTo(page, line, col);
    // Select the stage name and type the new one (unsaved).
    for (let i = 0; i < index.edit.from.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.type(index.edit.to);
    await waitForEditorText(page, `AS ${index.edit.to}`, { timeoutMs: STEP_MS });
    let got = [];
    await waitFor(
      async () => {
        got = await problemsFor(page, index.compose);
        return got.some((p) => key(p) === want);
      },
      { timeoutMs: STEP_MS, describe: () => `Problems panel for ${index.compose}: ${JSON.stringify(got.map(key))}, want ${want}` },
    );
    await shot();
    // Reverted: the stage is back, and so is the Compose file's silence.
    await runCommand(page, 'File: Revert File');
    await waitFor(async () => !(await problemsFor(page, index.compose)).some((p) => key(p) === want), {
      timeoutMs: STEP_MS,
      describe: () => `${want} stays for ${index.compose} after the Dockerfile was reverted`,
    });
  });

  await step(`Outline of ${outline.file}: ${outline.expect.join(', ')}`, async (shot) => {
    await openFile(page, outline.file, { firstLine: firstLineOf(fs.readFileSync(path.join(ws, outline.file), 'utf8')) });
    await runCommand(page, 'Explorer: Focus on Outline View');
    // The top-level entries (the tree starts expanded and the pane is short: collapse each entry, then go to the next).
    const top = page.locator('.outline-pane .monaco-list-row[aria-level="1"] .label-name');
    await top.first().waitFor({ timeout: STEP_MS });
    let labels = [];
    await waitFor(
      async () => {
        labels = (await top.allInnerTexts()).map((t) => t.trim());
        if (outline.expect.every((n, i) => labels[i] === n)) return true;
        await page.keyboard.press('ArrowLeft');
        await page.keyboard.press('ArrowDown');
        return false;
      },
      { timeoutMs: STEP_MS, describe: () => `Outline top-level entries: ${JSON.stringify(labels)}, want ${JSON.stringify(outline.expect)}` },
    );
    await shot();
    await focusEditor(page);
  });

  await step(`Ctrl+T "${symbol.query}" → ${symbol.opens}`, async (shot) => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+T');
    await page.keyboard.type(symbol.query);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: symbol.expect }).first();
    await row.waitFor({ timeout: STEP_MS }).catch(async () => {
      throw new Error(`no "${symbol.expect}" in Go to Symbol in Workspace; shown: ${JSON.stringify(await page.locator('.quick-input-list').first().innerText().catch(() => ''))}`);
    });
    await shot('-list');
    await row.click();
    await page.locator('.tabs-container .tab.active', { hasText: path.posix.basename(symbol.opens) }).waitFor({ timeout: STEP_MS });
    await waitForEditorText(page, firstLineOf(fs.readFileSync(path.join(ws, symbol.opens), 'utf8')).slice(0, 20), { timeoutMs: STEP_MS });
  });

  for (const f of [index.compose, index.dockerfile, outline.file, symbol.opens]) {
    if (await page.locator('.tabs-container .tab', { hasText: path.posix.basename(f) }).count()) {
      await openFile(page, f).catch(() => {});
      await revertAndClose(page, f).catch(() => {});
    }
  }
}

/** The extension's Output channel ("DevOps Hints", a log file per extension host), for failure reports. */
function extensionLog(userDataDir, maxLines = 40) {
  const out = [];
  const walk = (dir) => {
    let entries = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'DevOps Hints.log') out.push(p);
    }
  };
  walk(path.join(userDataDir, 'logs'));
  if (!out.length) return '[e2e] the extension wrote no log (it never activated)';
  return out
    .map((f) => {
      const lines = fs.readFileSync(f, 'utf8').trimEnd().split('\n');
      return `[e2e] ${f} (last ${Math.min(maxLines, lines.length)} lines):\n${lines.slice(-maxLines).join('\n')}`;
    })
    .join('\n');
}

/** Processes whose command line runs the installed extension's dist/server.js, below the code-server process. */
function languageServerPids(extensionsDir, rootPid) {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let cmd;
    try {
      cmd = fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (!cmd.some((a) => a.startsWith(extensionsDir) && a.endsWith(path.join('dist', 'server.js')))) continue;
    // Walk up the parents: it must belong to our code-server.
    let pid = Number(name);
    let ours = false;
    for (let hops = 0; pid > 1 && hops < 20; hops++) {
      if (pid === rootPid) {
        ours = true;
        break;
      }
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        pid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      } catch {
        break;
      }
    }
    if (ours) out.push(Number(name));
  }
  return out;
}

async function main() {
  const t0 = Date.now();
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(resultsDir, { recursive: true });
  const timings = {};
  const timed = async (name, fn) => {
    const s = Date.now();
    try {
      return await fn();
    } finally {
      timings[name] = +((Date.now() - s) / 1000).toFixed(1);
      log(`[e2e] ${name}: ${timings[name]} s`);
    }
  };

  const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.join(repoRoot, `${name}-${version}.vsix`);
  if (!flag('--no-package')) {
    await timed('package .vsix', () => run(process.execPath, [path.join(repoRoot, 'scripts', 'package.mjs')], { cwd: repoRoot, timeoutMs: 5 * 60_000 }));
  }
  assert(fs.existsSync(vsix), `${vsix} does not exist`);

  const paths = await timed('ensureCodeServer', () => ensureCodeServer({ log }));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'devops-hints-e2e-'));
  const ws = path.join(tmp, 'workspace');
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.cpSync(path.join(repoRoot, 'examples'), ws, { recursive: true });
  log(`[e2e] workspace ${ws}`);

  let server;
  let browser;
  const consoleErrors = [];
  try {
    await step('install the .vsix with --install-extension', async () => {
      await timed('install vsix', () => installVsix({ paths, vsixPath: vsix, userDataDir, extensionsDir }));
      const installed = path.join(extensionsDir, `${name}.${name}-${version}`);
      for (const f of ['package.json', 'dist/client.js', 'dist/server.js', 'dist/snippets.js']) {
        assert(fs.existsSync(path.join(installed, f)), `the installed extension has no ${f} (${installed})`);
      }
    });

    server = await timed('code-server start', () =>
      startCodeServer({
        paths,
        userDataDir,
        extensionsDir,
        folder: ws,
        // Edits stay unsaved (reverted after each row): the workspace copy keeps the rows' line numbers.
        settings: { 'devopsHints.language': 'ko', 'workbench.editor.enablePreview': false, 'files.autoSave': 'off' },
        log,
      }),
    );
    browser = await timed('launch chromium', () => launchBrowser({ paths }));
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(STEP_MS);
    page.on('console', (m) => {
      if (m.type() === 'error' && /devops|language server|languageclient/i.test(m.text())) consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));

    const loaded = await step('workbench loads the examples folder', () => timed('workbench loaded', () => openWorkbench(page, server, ws)));
    if (!loaded) throw new Error('the workbench did not load; stopping');

    // The gate: the packaged extension activates and its server answers (a DevOps Hints problem shows for the
    // Dockerfile). Without it every later step would only time out, so stop here and show why.
    const gate = await step('the extension activates and its server answers', () =>
      timed('extension + server up', async () => {
        await openFile(page, 'docker/Dockerfile');
        await showProblems(page);
        await waitFor(async () => (await problemsFor(page, 'docker/Dockerfile')).length > 0, {
          timeoutMs: FIRST_HOVER_MS,
          describe: () => 'no DevOps Hints problem for docker/Dockerfile: the extension did not activate or its server did not start',
        });
        await revertAndClose(page, 'docker/Dockerfile');
      }),
    );
    if (!gate) {
      log(`\n[e2e] console errors:\n${consoleErrors.join('\n') || '(none)'}`);
      throw new Error('the extension or its language server is not working; the remaining steps were not run');
    }

    const rows = FORMATS.filter((r) => !only || r.format.toLowerCase().includes(only.toLowerCase()));
    for (const row of rows) await rowTests(row, ws);
    if (!only || /workspace|index/i.test(only)) await workspaceTests(ws);
    if (!only || /notes/i.test(only)) await notesTests(ws);
    if (!only || /glance/i.test(only)) await glanceTests(ws);

    // English: switch the setting in the Settings editor while everything runs (the server gets
    // workspace/didChangeConfiguration and must re-render hovers and re-validate).
    const english = rows.filter((r) => !r.pending && (r.english || r.englishProblem));
    if (english.length) {
      log('\nEnglish (devopsHints.language: "en")');
      await step('Settings: devopsHints.language = en', async (shot) => {
        const settingsFile = path.join(userDataDir, 'User', 'settings.json');
        await setEnumSetting(page, 'devopsHints.language', 'en', {
          persisted: () => JSON.parse(fs.readFileSync(settingsFile, 'utf8'))['devopsHints.language'] === 'en',
        });
        await shot();
      });
      for (const row of english) {
        const fileText = fs.readFileSync(path.join(ws, row.file), 'utf8');
        await step(`${row.format}: open ${row.file} (en)`, () => openFile(page, row.file, { firstLine: firstLineOf(fileText) }));
        if (row.english) {
          const label = typeof row.english.at === 'string' ? row.english.at : row.english.at.text;
          await step(`${row.format}: hover ${label} (en)`, (shot) => hoverCheck(fileText, row.english, { shot }));
        }
        if (row.englishProblem) {
          const p = row.englishProblem;
          await step(`${row.format}: problem ${key(p)} in English`, async () => {
            await showProblems(page);
            let got = [];
            await waitFor(
              async () => {
                got = await problemsFor(page, row.file);
                return got.some((x) => key(x) === key(p) && p.message.test(x.message));
              },
              { timeoutMs: STEP_MS, describe: () => `problems: ${JSON.stringify(got.map((x) => `${key(x)} ${x.message}`))}` },
            );
          });
        }
        await step(`${row.format}: close (en)`, () => revertAndClose(page, row.file));
      }
    }

    // Kill the language server; the client must restart it and hovers must work again.
    const docker = rows.find((r) => r.format === 'Dockerfile' && !r.pending);
    if (docker) {
      log('\nLanguage server crash');
      const fileText = fs.readFileSync(path.join(ws, docker.file), 'utf8');
      const check = hoversOf(docker)[0];
      await step('server restarts after kill -9 and hovers again', async (shot) => {
        await openFile(page, docker.file, { firstLine: firstLineOf(fileText) });
        const before = await waitFor(() => {
          const pids = languageServerPids(extensionsDir, server.pid);
          return pids.length ? pids : null;
        }, { timeoutMs: STEP_MS, describe: () => 'no dist/server.js process under code-server' });
        assert(before.length === 1, `expected one language server process, found ${before.join(', ')}`);
        log(`      killing language server pid ${before[0]}`);
        process.kill(before[0], 'SIGKILL');
        const after = await waitFor(
          () => {
            const pids = languageServerPids(extensionsDir, server.pid).filter((p) => p !== before[0]);
            return pids.length ? pids : null;
          },
          { timeoutMs: 60_000, describe: () => 'the language server was not restarted' },
        );
        log(`      restarted as pid ${after.join(', ')}`);
        // Ask with a different language than before the kill would not prove anything: any text that matches.
        const hover = english.some((r) => r === docker && r.english) ? docker.english : check;
        await hoverCheck(fileText, hover, { shot });
      });
    }

    await step('no extension errors in the browser console', () => {
      assert(!consoleErrors.length, `console errors:\n${consoleErrors.join('\n')}`);
    });
  } catch (e) {
    results.push({ name: 'harness', status: 'fail', detail: e.stack || e.message });
    log(`✖ harness: ${e.stack || e.message}`);
    await screenshot('harness-FAILED');
  } finally {
    if (results.some((r) => r.status === 'fail')) log(extensionLog(userDataDir));
    await browser?.close().catch(() => {});
    await server?.stop();
    if (server) log(`[e2e] code-server log: ${server.logFile}`);
    if (flag('--keep')) log(`[e2e] kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }

  const passed = results.filter((r) => r.status === 'pass').length;
  const failed = results.filter((r) => r.status === 'fail');
  const pendings = results.filter((r) => r.status === 'pending');
  if (flag('--update-docs')) {
    if (failed.length) log('[e2e] not updating docs/: the run failed');
    else {
      fs.mkdirSync(docsDir, { recursive: true });
      for (const [file, shotPath] of docsShots) {
        fs.copyFileSync(shotPath, path.join(docsDir, file));
        log(`[e2e] docs/${file} <- ${path.relative(repoRoot, shotPath)}`);
      }
    }
  }
  log(`\n[e2e] timings: ${JSON.stringify(timings)}; total ${((Date.now() - t0) / 1000).toFixed(1)} s; screenshots in ${path.relative(repoRoot, resultsDir)}/`);
  if (pendings.length) log(`[e2e] ${pendings.length} pending (not supported yet): ${pendings.map((p) => p.name).join('; ')}`);
  for (const f of failed) log(`[e2e] FAILED ${f.name}: ${String(f.detail).split('\n')[0]}`);
  log(`${passed} passed, ${failed.length} failed`);
  return failed.length ? 1 : 0;
}

// Never leave anything behind: codeServer.mjs kills its process groups on exit; make sure we do exit.
main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log('0 passed, 1 failed');
    process.exit(1);
  },
);
