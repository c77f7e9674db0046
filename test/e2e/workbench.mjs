// Driving the VS Code workbench (code-server in chromium) like a person: keyboard shortcuts, then wait — with a
// deadline — for what the page shows. Used by test/e2e/run.mjs and scripts/start.mjs --check.
//
// The UI's display language is English (code-server cannot switch it offline); the extension's own texts follow
// the `devopsHints.language` setting.

/* global document, getComputedStyle -- in functions that run in the page */
import path from 'node:path';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Spaces in the editor's DOM are non-breaking; compare texts with this. */
export const normalize = (s) => s.replace(/\u00a0/g, ' ');

/**
 * Poll `probe` until it returns a truthy value, or throw after `timeoutMs` with `describe(lastValue)`.
 * Polls are short (what is being waited for is on the page, not a timer).
 */
export async function waitFor(probe, { timeoutMs = 20_000, interval = 100, describe } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const what = describe ? describe(last) : lastError ? String(lastError.message || lastError).split('\n')[0] : '';
      throw new Error(`timed out after ${timeoutMs} ms${what ? `: ${what}` : ''}`);
    }
    await sleep(interval);
  }
}

/** Open the workbench on `folder` and wait until the explorer shows it and the remote connection is up. */
export async function openWorkbench(page, server, folder, { timeoutMs = 60_000 } = {}) {
  await page.goto(`${server.baseUrl}/?folder=${encodeURIComponent(path.resolve(folder))}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: timeoutMs });
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: timeoutMs });
}

/** Give the keyboard to the active editor (View: Focus First Editor Group). */
export async function focusEditor(page) {
  await page.keyboard.press('Control+1');
}

async function quickInput(page, text) {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(text);
  return input;
}

/**
 * Open `relPath` (relative to the workspace folder) with Quick Open and wait until the editor shows `firstLine`.
 */
export async function openFile(page, relPath, { firstLine, timeoutMs = 30_000 } = {}) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+P');
  await quickInput(page, relPath);
  const base = path.posix.basename(relPath);
  const dir = path.posix.dirname(relPath);
  // Quick Open lists matches as "<name> <folder>"; pick the row for this exact file.
  const row = page
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRe(base)}$`) }) })
    .filter({ has: page.locator('.label-description', { hasText: new RegExp(`(^|/)${escapeRe(dir)}$`) }) });
  await row.first().waitFor({ timeout: timeoutMs });
  await row.first().click();
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.tabs-container .tab.active', { hasText: base }).waitFor({ timeout: timeoutMs });
  // A file opened before comes back scrolled where it was left: start at the top.
  await page.keyboard.press('Control+Home');
  if (firstLine) await waitForEditorText(page, firstLine, { timeoutMs });
}

export function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text of the active editor's rendered lines (only what is scrolled into view), in line order. */
export async function visibleEditorText(page) {
  const lines = await page
    .locator('.editor-group-container.active .monaco-editor .view-lines')
    .first()
    .evaluate((el) =>
      [...el.querySelectorAll('.view-line')]
        .map((l) => ({ top: parseFloat(l.style.top) || 0, text: l.textContent || '' }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text),
    );
  return normalize(lines.join('\n'));
}

export async function waitForEditorText(page, text, { timeoutMs = 20_000, absent = false } = {}) {
  let last = '';
  await waitFor(
    async () => {
      last = await visibleEditorText(page);
      return absent ? !last.includes(text) : last.includes(text);
    },
    { timeoutMs, describe: () => `editor text ${absent ? 'still contains' : 'does not contain'} ${JSON.stringify(text)}:\n${last}` },
  );
}

/** Go to line:col with Ctrl+G and wait for the status bar to show it. */
export async function goTo(page, line, col) {
  await page.keyboard.press('Control+G');
  // Ctrl+G opens Quick Open prefilled with ":"; keep the prefix or it turns into a file search.
  await quickInput(page, `:${line}:${col}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${col}` }).first().waitFor({ timeout: 10_000 });
}

/**
 * Show the hover at the cursor with the keyboard (Ctrl+K Ctrl+I) until its text satisfies `accept`, re-asking
 * while there is no hover yet (the extension may still be starting). Returns the hover's text.
 */
export async function keyboardHover(page, { accept = (t) => t.trim().length > 0, timeoutMs = 20_000 } = {}) {
  let last = '';
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  await waitFor(
    async () => {
      if (!(await hover.isVisible())) {
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        await hover.waitFor({ timeout: 1500 }).catch(() => {});
      }
      if (!(await hover.isVisible())) return false;
      last = normalize(await hover.innerText()).trim();
      if (accept(last)) return true;
      // A hover is up but not (yet) the wanted one — e.g. "Loading…" or the previous language: ask again.
      if (!/loading/i.test(last)) {
        await page.keyboard.press('Escape');
        await hover.waitFor({ state: 'hidden', timeout: 1500 }).catch(() => {});
      }
      return false;
    },
    { timeoutMs, interval: 200, describe: () => `hover text: ${last ? JSON.stringify(last) : '(no hover shown)'}` },
  );
  return last;
}

/**
 * Wait until the editor's pop-ups (hover, suggestions, code actions) have finished fading in, so a screenshot
 * shows them as a person sees them. Bounded: never longer than `timeoutMs`.
 */
export async function popupsSettled(page, timeoutMs = 3000) {
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.monaco-hover:not(.hidden), .suggest-widget.visible, .action-widget')].every(
          (el) => el.getAnimations({ subtree: true }).every((a) => a.playState !== 'running') && getComputedStyle(el).opacity === '1',
        ),
      null,
      { timeout: timeoutMs, polling: 50 },
    )
    .catch(() => {});
}

export async function closeHover(page) {
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  if (await hover.isVisible()) {
    await page.keyboard.press('Escape');
    await hover.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
  }
}

/** Open the Problems panel (Ctrl+Shift+M toggles it, so only when it is not showing). */
export async function showProblems(page) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) {
    await page.keyboard.press('Control+Shift+M');
    await panel.waitFor({ timeout: 10_000 });
  }
}

/**
 * The Problems panel's rows, grouped by file: [{ file, folder, message, source, code, line, col }].
 * A file row's aria-label is "N problems in file <name> of folder <folder>"; marker rows follow it and read
 * "<message>\n<source>\n<code>\n[Ln L, Col C]".
 */
export async function problemRows(page) {
  const rows = await page.locator('.markers-panel .monaco-list-row').evaluateAll((els) =>
    els
      .map((e) => ({ index: Number(e.getAttribute('data-index')), label: e.getAttribute('aria-label') || '', text: e.innerText }))
      .sort((a, b) => a.index - b.index),
  );
  const out = [];
  let file = '';
  let folder = '';
  for (const r of rows) {
    const f = /problems? in file (.+?)(?: of folder (.+))?$/.exec(r.label);
    if (f) {
      file = f[1];
      folder = f[2] || '';
      continue;
    }
    const text = normalize(r.text);
    const where = /\[Ln (\d+), Col (\d+)\]\s*$/.exec(text);
    if (!where) continue;
    const parts = text.slice(0, where.index).trimEnd().split('\n');
    // message lines…, source, code (the code is absent when a diagnostic has none).
    let source = '';
    let code = '';
    if (parts.length >= 3) {
      code = parts.pop();
      source = parts.pop();
    } else if (parts.length === 2) {
      source = parts.pop();
    }
    out.push({ file, folder, message: parts.join('\n'), source, code, line: Number(where[1]), col: Number(where[2]) });
  }
  return out;
}

/** Problems from `source` for the file `relPath`, as shown in the panel. */
export async function problemsFor(page, relPath, source = 'DevOps Hints') {
  const base = path.posix.basename(relPath);
  const dir = path.posix.dirname(relPath);
  return (await problemRows(page)).filter(
    (p) => p.file === base && (!p.folder || p.folder === dir || p.folder.endsWith(`/${dir}`) || dir.endsWith(p.folder)) && p.source === source,
  );
}

/**
 * Trigger completion (Ctrl+Space) and return the proposal labels, scrolling the list with the mouse wheel until
 * every `wanted` label has been seen or the list ends (the list only renders the rows in view).
 */
export async function completionLabels(page, { timeoutMs = 20_000, wanted = [] } = {}) {
  const widget = page.locator('.suggest-widget.visible');
  const rowsLoc = widget.locator('.monaco-list-row');
  await waitFor(
    async () => {
      if (!(await widget.isVisible())) {
        await page.keyboard.press('Control+Space');
        await widget.waitFor({ timeout: 2000 }).catch(() => {});
      }
      // "Loading…" / "No suggestions." rows have no label.
      return (await rowsLoc.locator('.label-name').count()) > 0;
    },
    { timeoutMs, interval: 200, describe: () => 'no completion list' },
  );
  const read = () =>
    rowsLoc.evaluateAll((els) =>
      els.map((e) => ({
        label: e.querySelector('.label-name')?.textContent ?? '',
        pos: Number(e.getAttribute('aria-posinset')),
        size: Number(e.getAttribute('aria-setsize')),
      })),
    );
  const labels = new Set();
  const list = widget.locator('.monaco-list').first();
  for (let guard = 0; guard < 50; guard++) {
    const rows = await read();
    for (const r of rows) labels.add(r.label);
    if (wanted.length && wanted.every((w) => labels.has(w))) break;
    const last = Math.max(...rows.map((r) => r.pos));
    if (!rows.length || last >= rows[0].size) break;
    await list.hover();
    await page.mouse.wheel(0, 150);
    await waitFor(async () => Math.max(...(await read()).map((r) => r.pos)) > last, {
      timeoutMs: 5000,
      describe: () => 'the completion list did not scroll',
    });
  }
  return [...labels];
}

/** Run a command from the Command Palette by its (English) label. */
export async function runCommand(page, label) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await quickInput(page, `>${label}`);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * Change a setting the way a person does: Settings (Ctrl+,), search for the key, pick the value from its
 * dropdown, close Settings. (Editing settings.json on disk behind code-server's back is not picked up.)
 * `persisted()` tells when the change is on disk (the caller knows where settings.json is).
 */
export async function setEnumSetting(page, key, value, { timeoutMs = 20_000, persisted } = {}) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+,');
  const editor = page.locator('.settings-editor').first();
  await editor.waitFor({ timeout: timeoutMs });
  await page.locator('.settings-editor .suggest-input-container textarea').first().waitFor({ timeout: timeoutMs });
  await page.keyboard.type(key);
  const select = editor.locator(`select[aria-label="${key}"]`).first();
  await select.waitFor({ timeout: timeoutMs });
  await select.click();
  const option = page.locator('.monaco-select-box-dropdown-container .monaco-list-row', { hasText: new RegExp(`^\\s*${escapeRe(value)}\\b`) }).first();
  if (await option.waitFor({ timeout: 3000 }).then(() => true, () => false)) await option.click();
  else await select.selectOption(value); // natively drawn select
  await waitFor(async () => (await select.inputValue()) === value, { timeoutMs, describe: () => `${key} is not ${value} in Settings` });
  // The Settings editor writes settings.json a moment later; closing it before that drops the change.
  if (persisted) await waitFor(persisted, { timeoutMs, describe: () => `${key}: ${value} was not written to settings.json` });
  // Settings opens as a modal editor: Escape closes it.
  await page.keyboard.press('Escape');
  await editor.waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Revert the active editor's unsaved changes and close it, then wait for its tab to go. */
export async function revertAndClose(page, relPath) {
  await runCommand(page, 'View: Revert and Close Editor');
  const base = path.posix.basename(relPath);
  await page.locator('.tabs-container .tab', { hasText: base }).waitFor({ state: 'hidden', timeout: 10_000 });
}
