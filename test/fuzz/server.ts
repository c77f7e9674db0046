// Fuzzing the real bundled server (dist/server.js --stdio): open mutated documents, edit them (full and incremental
// changes), ask for hovers, completions, definitions, code actions and diagnostics (pulled or pushed) at random
// positions. Every request must be answered within 1 s, every range lie inside the document as the server has it,
// the server must log no error and stay alive, and shutdown must exit 0.
import { performance } from 'node:perf_hooks';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, Hover, Location, Position, Range } from 'vscode-languageserver-types';
import { initParams, startServer, type LspClient } from '../lspClient';
import { ROOT } from '../helpers';
import { randomUnicode, Rng, TOKENS, caseSeed } from './mutate';
import { caseText } from './ansible';
import { pickFile, SEED_ROOTS, type SeedFile } from './corpus';
import { CALL_LIMIT_MS, rangeProblem, wordOffset } from './service';
import { LineIndex } from '../../server/src/service/text';

/** A request that has not answered after this long is a hang; the server is killed. */
const GIVE_UP_MS = 10_000;

export interface ServerFailure {
  signature: string;
  summary: string;
  path: string;
  count: number;
}

export interface ServerReport {
  sessions: number;
  requests: number;
  notifications: number;
  failedRequests: number;
  crashes: number;
  hangs: number;
  rangeErrors: number;
  /** Requests over the limit once that answered in time when asked again (a busy machine, not a hang). */
  slowOnce: number;
  /** Requests answered with something (not null, not empty), per method. */
  nonEmpty: Record<string, number>;
  /** The slowest initialize (it waits for the server process to start and load its data). */
  initializeMs: number;
  slowest: { method: string; ms: number; file: string; mutation: string; seed: number };
  failures: ServerFailure[];
}

export function emptyServerReport(): ServerReport {
  return { sessions: 0, requests: 0, notifications: 0, failedRequests: 0, crashes: 0, hangs: 0, rangeErrors: 0, slowOnce: 0, nonEmpty: {}, initializeMs: 0, slowest: { method: '', ms: -1, file: '', mutation: '', seed: 0 }, failures: [] };
}

export interface ServerSessionOptions {
  seed: number;
  pull: boolean;
  /** Requests (hover, completion, definition, codeAction, diagnostic) in this session. */
  requests: number;
  deadline: number;
  files: SeedFile[];
  log?: (line: string) => void;
}

interface OpenDoc {
  file: SeedFile;
  doc: TextDocument;
  mutation: string;
  lastDiagnostics: Diagnostic[];
}

function randomPos(rng: Rng, doc: TextDocument): Position {
  const text = doc.getText();
  const idx = new LineIndex(text);
  const r = rng.int(10);
  if (r < 2) return idx.positionAt(rng.int(text.length + 1));
  if (r < 5) return idx.positionAt(wordOffset(rng, text));
  const line = rng.int(idx.lineCount + (r === 9 ? 2 : 0));
  const len = line < idx.lineCount ? idx.lineText(line).length : 0;
  return { line, character: r === 8 ? len + rng.range(1, 20) : rng.int(len + 1) };
}

function ordered(a: Position, b: Position): Range {
  return a.line < b.line || (a.line === b.line && a.character <= b.character) ? { start: a, end: b } : { start: b, end: a };
}

/** A random valid range of the document (for incremental edits). */
function randomEditRange(rng: Rng, doc: TextDocument): Range {
  const text = doc.getText();
  const a = rng.int(text.length + 1);
  const b = Math.min(text.length, a + (rng.chance(0.5) ? 0 : rng.int(40)));
  return { start: doc.positionAt(a), end: doc.positionAt(b) };
}

function randomInsert(rng: Rng): string {
  const r = rng.int(6);
  if (r === 0) return '';
  if (r === 1) return rng.pick(TOKENS);
  if (r === 2) return randomUnicode(rng, rng.range(1, 4));
  if (r === 3) return rng.pick(['\n', '\r\n', '\n  ', '\n- ', '\t', ' ']);
  if (r === 4) return 'x'.repeat(rng.pick([1, 10, 1000, 20_000]));
  return rng.pick(['a', 'b', 'e', 'r', 'v', ':', ' ', '-', '$', '{', '=', '/']);
}

/** One server session; adds to `report`. */
export async function serverSession(opts: ServerSessionOptions, report: ServerReport): Promise<void> {
  const rng = new Rng(opts.seed);
  const log = opts.log ?? (() => undefined);
  const c: LspClient = startServer();
  report.sessions++;
  let logSeen = 0;
  let dead = false;
  const docs: OpenDoc[] = [];
  let opNo = 0;
  let lastOp = 'start';

  const fail = (kind: 'crash' | 'hang' | 'range', what: string, d?: OpenDoc, extra: Record<string, unknown> = {}) => {
    if (kind === 'crash') report.crashes++;
    else if (kind === 'hang') report.hangs++;
    else report.rangeErrors++;
    const sig = `${kind}/${what.split('\n')[0].replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N').slice(0, 100)}`;
    const known = report.failures.find((f) => f.signature === sig);
    if (known) {
      known.count++;
      return;
    }
    const seed = caseSeed(opts.seed, opNo);
    const dir = join(ROOT, 'test-results', 'fuzz');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `failure-${seed}.txt`);
    const text = d?.doc.getText() ?? '';
    writeFileSync(
      path,
      [
        'DevOps Hints fuzz failure (server over stdio)',
        `seed:      ${seed} (session seed ${opts.seed}, ${opts.pull ? 'pull' : 'push'} diagnostics, operation ${opNo})`,
        `file:      ${d?.file.rel ?? '-'} (uri ${d?.doc.uri ?? '-'}, version ${d?.doc.version ?? '-'})`,
        `mutation:  ${d?.mutation ?? '-'}`,
        `operation: ${lastOp}`,
        `failure:   ${kind}: ${what}`,
        `details:   ${JSON.stringify(extra).slice(0, 2000)}`,
        `server stderr (tail): ${c.stderr().slice(-2000)}`,
        `replay:    npm run fuzz -- --server-session ${opts.seed} ${opts.pull ? '--pull' : '--push'}`,
        `document at the time (${text.length} chars), as a JSON string:`,
        JSON.stringify(text),
        ...(text.length <= 20_000 ? ['--- raw ---', text, '--- end ---'] : ['(raw text left out: too long; the JSON string above is exact)']),
        '',
      ].join('\n'),
    );
    const summary = `session ${opts.seed} op ${opNo} ${d?.file.rel ?? ''} [${d?.mutation ?? ''}] ${lastOp} → ${kind}: ${what.split('\n')[0]}`;
    report.failures.push({ signature: sig, summary, path, count: 1 });
    log(`FAIL ${summary}\n     reproducer: ${path}`);
  };

  const checkAlive = (d?: OpenDoc) => {
    for (; logSeen < c.logs.length; logSeen++) {
      const m = c.logs[logSeen];
      if (/ failed: |^uncaught: |^unhandled rejection: /.test(m)) fail('crash', `server logged an error: ${m.slice(0, 1500)}`, d);
    }
    if (!dead && c.proc.exitCode !== null) {
      dead = true;
      fail('crash', `server exited with ${c.proc.exitCode}`, d);
    }
    return !dead;
  };

  /** A request, timed; undefined when it failed (reported). */
  async function request<T>(method: string, params: unknown, d?: OpenDoc): Promise<T | undefined> {
    report.requests++;
    lastOp = `${method} ${JSON.stringify(params, (k, v) => (k === 'text' ? undefined : v)).slice(0, 300)}`;
    const t0 = performance.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const giveUp = new Promise<'timeout'>((r) => (timer = setTimeout(() => r('timeout'), GIVE_UP_MS)));
    let value: T | 'timeout';
    try {
      value = await Promise.race([c.request<T>(method, params), giveUp]);
    } catch (e) {
      clearTimeout(timer);
      report.failedRequests++;
      fail('crash', `${method} answered with an error: ${e instanceof Error ? e.message : String(e)}`, d, { params });
      return undefined;
    }
    clearTimeout(timer);
    let ms = performance.now() - t0;
    if (value === 'timeout') {
      report.failedRequests++;
      fail('hang', `${method} not answered within ${GIVE_UP_MS} ms`, d, { params });
      dead = true;
      c.proc.kill('SIGKILL');
      return undefined;
    }
    if (method === 'initialize') {
      // Not a request on a document: the process start and data loading are reported on their own.
      report.initializeMs = Math.max(report.initializeMs, ms);
      if (ms > GIVE_UP_MS / 2) fail('hang', `initialize took ${Math.round(ms)} ms`, d);
      return value;
    }
    if (ms > CALL_LIMIT_MS) {
      // Ask again: a hang answers late twice; a busy machine (a GC, other processes) once.
      const t1 = performance.now();
      await Promise.race([c.request(method, params).catch(() => undefined), new Promise((r) => setTimeout(r, GIVE_UP_MS))]);
      const again = performance.now() - t1;
      if (again > CALL_LIMIT_MS) {
        report.failedRequests++;
        fail('hang', `${method} took ${Math.round(ms)} ms, then ${Math.round(again)} ms (limit ${CALL_LIMIT_MS} ms)`, d, { params });
      } else report.slowOnce++;
      ms = Math.min(ms, again);
    }
    if (ms > report.slowest.ms) report.slowest = { method, ms, file: d?.file.rel ?? '', mutation: d?.mutation ?? '', seed: opts.seed };
    const v = value as unknown as { items?: unknown[] } | unknown[] | null;
    if (v && (Array.isArray(v) ? v.length : !Array.isArray(v.items) || v.items.length)) report.nonEmpty[method] = (report.nonEmpty[method] ?? 0) + 1;
    return value;
  }

  const notify = (method: string, params: unknown) => {
    report.notifications++;
    lastOp = `${method} ${JSON.stringify(params, (k, v) => (k === 'text' && typeof v === 'string' && v.length > 200 ? `<${v.length} chars>` : v)).slice(0, 600)}`;
    c.notify(method, params);
  };

  const checkRanges = (what: string, ranges: (Range | undefined)[], d: OpenDoc, extra: Record<string, unknown> = {}) => {
    const idx = new LineIndex(d.doc.getText());
    for (const r of ranges) {
      const p = rangeProblem(r, idx);
      if (p) fail('range', `${what}: ${p}`, d, extra);
    }
  };

  /** Push mode: the diagnostics of exactly this version, within the debounce delay + the limit. */
  function diagnosticsOf(d: OpenDoc, version: number): Promise<Diagnostic[] | 'timeout'> {
    const deadline = Date.now() + CALL_LIMIT_MS + 50 + 250;
    return (async () => {
      for (;;) {
        const left = deadline - Date.now();
        if (left <= 0) return 'timeout';
        try {
          const p = await c.waitForDiagnostics(d.doc.uri, () => true, left);
          if (p.version === version) return p.diagnostics;
        } catch {
          return 'timeout';
        }
      }
    })();
  }

  async function awaitPushed(d: OpenDoc, pending: Promise<Diagnostic[] | 'timeout'>) {
    let t0 = performance.now();
    let got = await pending;
    if (got === 'timeout') {
      if (!checkAlive(d)) return;
      // Ask again (the same text as a new version): a hang is late twice; a busy machine once.
      const text = d.doc.getText();
      d.doc = TextDocument.update(d.doc, [{ text }], d.doc.version + 1);
      const again = diagnosticsOf(d, d.doc.version);
      t0 = performance.now();
      notify('textDocument/didChange', { textDocument: { uri: d.doc.uri, version: d.doc.version }, contentChanges: [{ text }] });
      got = await again;
      if (got === 'timeout') {
        if (checkAlive(d)) fail('hang', `no publishDiagnostics within ${CALL_LIMIT_MS} ms after the debounce, twice (version ${d.doc.version})`, d);
        return;
      }
      report.slowOnce++;
    }
    report.requests++;
    const ms = performance.now() - t0;
    if (ms > report.slowest.ms) report.slowest = { method: 'publishDiagnostics', ms, file: d.file.rel, mutation: d.mutation, seed: opts.seed };
    d.lastDiagnostics = got;
    for (const x of got) checkRanges(`publishDiagnostics ${x.code}`, [x.range], d);
  }

  async function open(file: SeedFile) {
    const { text, mutation } = caseText(file, rng);
    const uri = rng.chance(0.8) ? file.uri : pathToFileURL(file.path).href + (rng.chance(0.5) ? '' : '?x=' + rng.int(100)); // odd URIs too
    if (docs.some((x) => x.doc.uri === uri)) return;
    const languageId = rng.chance(0.8) ? file.languageId : rng.pick(['yaml', 'dockerfile', 'plaintext', 'ansible', 'dockercompose']);
    const d: OpenDoc = { file, doc: TextDocument.create(uri, languageId, 1, text), mutation, lastDiagnostics: [] };
    docs.push(d);
    const pending = opts.pull ? undefined : diagnosticsOf(d, 1);
    notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    if (pending) await awaitPushed(d, pending);
  }

  try {
    // Half the sessions are a client like VS Code: it resolves completion documentation and takes a list's shared
    // edit range (LSP 3.17 itemDefaults); the other half a plain client.
    const base = initParams({ locale: rng.pick(['en', 'ko', 'ko-KR', 'de']), pull: opts.pull, markdown: rng.chance(0.8) });
    const modern = rng.chance(0.5);
    const completion = { completionItem: { resolveSupport: { properties: ['documentation', 'detail'] } }, completionList: { itemDefaults: ['editRange', 'insertTextFormat'] } };
    const init = await request<{ capabilities: { diagnosticProvider?: unknown } }>('initialize', {
      ...base,
      capabilities: modern ? { ...base.capabilities, textDocument: { ...base.capabilities.textDocument, completion } } : base.capabilities,
      workspaceFolders: SEED_ROOTS.filter((r) => existsSync(r)).map((r, i) => ({ uri: pathToFileURL(r).href, name: `root${i}` })),
    });
    if (!init) return;
    if (!!init.capabilities.diagnosticProvider !== opts.pull) fail('crash', `diagnosticProvider ${JSON.stringify(init.capabilities.diagnosticProvider)} in ${opts.pull ? 'pull' : 'push'} mode`);
    notify('initialized', {});
    let asked = 0;
    while (asked < opts.requests && Date.now() < opts.deadline && checkAlive()) {
      opNo++;
      if (!docs.length || (docs.length < 3 && rng.chance(0.05))) {
        await open(pickFile(opts.files, rng.int(1 << 20)));
        continue;
      }
      const d = rng.pick(docs);
      const uri = d.doc.uri;
      const op = rng.int(100);
      if (op < 18) {
        // Incremental edit: 1–3 changes, applied in order (as the server applies them).
        // (TextDocument.update edits in place: the ranges of later changes are computed on a scratch copy.)
        const changes: TextDocumentContentChangeEvent[] = [];
        const scratch = TextDocument.create(uri, d.doc.languageId, 0, d.doc.getText());
        for (let i = rng.range(1, 3); i > 0; i--) {
          const change = { range: randomEditRange(rng, scratch), text: randomInsert(rng) };
          changes.push(change);
          TextDocument.update(scratch, [change], scratch.version + 1);
        }
        d.doc = TextDocument.update(d.doc, changes, d.doc.version + 1);
        const pending = !opts.pull && rng.chance(0.4) ? diagnosticsOf(d, d.doc.version) : undefined;
        notify('textDocument/didChange', { textDocument: { uri, version: d.doc.version }, contentChanges: changes });
        if (pending) await awaitPushed(d, pending);
      } else if (op < 23) {
        // Full change: a new mutation of the original file.
        const { text, mutation } = caseText(d.file, rng);
        d.doc = TextDocument.update(d.doc, [{ text }], d.doc.version + 1);
        d.mutation = mutation;
        const pending = !opts.pull && rng.chance(0.6) ? diagnosticsOf(d, d.doc.version) : undefined;
        notify('textDocument/didChange', { textDocument: { uri, version: d.doc.version }, contentChanges: [{ text }] });
        if (pending) await awaitPushed(d, pending);
      } else if (op < 25) {
        notify('textDocument/didClose', { textDocument: { uri } });
        docs.splice(docs.indexOf(d), 1);
      } else if (op < 40) {
        asked++;
        const position = randomPos(rng, d.doc);
        const hover = await request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }, d);
        if (hover?.range) checkRanges('hover', [hover.range], d, { position });
      } else if (op < 58) {
        asked++;
        const position = randomPos(rng, d.doc);
        const list = await request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position }, d);
        const items = Array.isArray(list) ? list : (list?.items ?? []);
        const ranges = items.flatMap((i) => {
          const te = i.textEdit as { range?: Range; insert?: Range; replace?: Range } | undefined;
          return te ? (te.range ? [te.range] : [te.insert, te.replace]) : [];
        });
        const shared = (Array.isArray(list) ? undefined : list?.itemDefaults?.editRange) as { start?: unknown; insert?: Range; replace?: Range } | undefined;
        if (shared) ranges.push(...('start' in shared ? [shared as Range] : [shared.insert, shared.replace]));
        checkRanges('completion', ranges, d, { position });
        if (items.length && modern && rng.chance(0.5)) {
          // Resolve one item, as the editor does when it shows the item's details.
          const item = rng.pick(items);
          const resolved = await request<CompletionItem>('completionItem/resolve', item, d);
          if (resolved && resolved.label !== item.label) fail('crash', `completionItem/resolve changed the label ${JSON.stringify(item.label)} to ${JSON.stringify(resolved.label)}`, d);
        }
      } else if (op < 68) {
        asked++;
        const position = randomPos(rng, d.doc);
        const defs = await request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position }, d);
        checkRanges('definition', (defs ?? []).filter((l) => l.uri === uri).map((l) => l.range), d, { position });
      } else if (op < 85) {
        asked++;
        const own = d.lastDiagnostics.length && rng.chance(0.6);
        const range = own ? rng.pick(d.lastDiagnostics).range : ordered(randomPos(rng, d.doc), randomPos(rng, d.doc));
        const context = { diagnostics: own ? d.lastDiagnostics.filter((x) => x.range === range) : [], only: rng.chance(0.5) ? ['quickfix'] : undefined };
        const actions = await request<CodeAction[] | null>('textDocument/codeAction', { textDocument: { uri }, range, context }, d);
        const edits = (actions ?? []).flatMap((a) => a.edit?.changes?.[uri] ?? []);
        for (const a of actions ?? []) checkRanges(`codeAction "${a.title}"`, (a.edit?.changes?.[uri] ?? []).map((e) => e.range), d, { range });
        if (edits.length && rng.chance(0.3)) {
          // Apply one quick fix as the editor would.
          const a = (actions ?? []).find((x) => x.edit?.changes?.[uri]?.length);
          const fix = a?.edit?.changes?.[uri] ?? [];
          if (!fix.some((e) => rangeProblem(e.range, new LineIndex(d.doc.getText())))) {
            const changes = [...fix].sort((x, y) => y.range.start.line - x.range.start.line || y.range.start.character - x.range.start.character).map((e) => ({ range: e.range, text: e.newText }));
            d.doc = TextDocument.update(d.doc, changes, d.doc.version + 1);
            const pending = !opts.pull ? diagnosticsOf(d, d.doc.version) : undefined;
            notify('textDocument/didChange', { textDocument: { uri, version: d.doc.version }, contentChanges: changes });
            if (pending) await awaitPushed(d, pending);
          }
        }
      } else if (opts.pull) {
        asked++;
        const report_ = await request<{ kind: string; items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }, d);
        if (report_) {
          if (report_.kind !== 'full' || !Array.isArray(report_.items)) fail('crash', `odd diagnostic report ${JSON.stringify(report_).slice(0, 200)}`, d);
          else {
            d.lastDiagnostics = report_.items;
            for (const x of report_.items) checkRanges(`diagnostic ${x.code}`, [x.range], d);
          }
        }
      } else {
        // Push mode: re-sending the same text is a round trip for diagnostics.
        asked++;
        const text = d.doc.getText();
        d.doc = TextDocument.update(d.doc, [{ text }], d.doc.version + 1);
        const pending = diagnosticsOf(d, d.doc.version);
        notify('textDocument/didChange', { textDocument: { uri, version: d.doc.version }, contentChanges: [{ text }] });
        await awaitPushed(d, pending);
      }
      checkAlive(d);
    }
  } finally {
    checkAlive();
    if (!dead) {
      const code = await c.stop();
      if (code !== 0) fail('crash', `shutdown exited with ${code} (stderr: ${c.stderr().slice(-500)})`);
    } else {
      await c.stop();
    }
  }
}

/** Sessions until `requests` requests are made or the deadline passes, alternating pull and push diagnostics. */
export async function runServer(opts: { runSeed: number; requests: number; deadline: number; files: SeedFile[]; perSession?: number; log?: (l: string) => void }): Promise<ServerReport> {
  const report = emptyServerReport();
  const perSession = opts.perSession ?? 250;
  for (let s = 0; report.requests < opts.requests && Date.now() < opts.deadline; s++) {
    const seed = caseSeed(opts.runSeed ^ 0x5e7e7, s);
    await serverSession({ seed, pull: s % 2 === 0, requests: Math.min(perSession, opts.requests - report.requests), deadline: opts.deadline, files: opts.files, log: opts.log }, report);
  }
  return report;
}
