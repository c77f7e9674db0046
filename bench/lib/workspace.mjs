// The workspace index in the real server over stdio: how long the background build takes and what it costs in
// memory, whether requests are answered while it runs, and how fast a change reaches the documents that depend on
// it (and only those). Definitions: bench/README.md, "Workspace index". The generated workspaces are shared with the
// CLI row (bench/lib/extras.mjs).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import * as gen from './generate.mjs';
import { startLsp, initializeParams } from './lsp.mjs';
import { median, percentile } from './session.mjs';

/** Bump when the generated workspace changes: a cached workspace of another version is generated again. */
const WORKSPACE_VERSION = 2;
const LARGE_WORKSPACE_VERSION = 3;

const MB = 1e6;
const pad = (n, w) => String(n).padStart(w, '0');

/**
 * A workspace of `count` files, generated once into `<workDir>/workspace-<count>` (deterministic: seeded by the file's
 * number). A quarter each Dockerfiles, Kubernetes manifests, Compose files and playbooks, eight per folder, folders
 * grouped in teams of 50 (`team-NN/svc-NNNN/`); in every hundred files one manifest slot holds a kustomization (of the
 * folder's other manifests) and one playbook slot an INI inventory (`inventory/hosts.ini`). File 0 and file 2 are a
 * pair in `target-app/`: a multi-stage Dockerfile and a Compose file whose service builds it with `build.target`
 * naming one of its stages (the cross-file dependency of the change measure).
 * @returns {{ dir: string, files: number, target: { dockerfile: string, compose: string, stage: string, text: string, hover: { line: number, character: number } }, unrelated: { path: string, languageId: string }[] }}
 */
export function generateWorkspace(workDir, count) {
  const dir = join(workDir, `workspace-${count}`);
  const stampFile = join(dir, '.complete');
  if (existsSync(stampFile)) {
    try {
      const info = JSON.parse(readFileSync(stampFile, 'utf8'));
      if (info.version === WORKSPACE_VERSION) return { dir, ...info };
    } catch {
      /* an older format: generate again */
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const write = (rel, text) => {
    const p = join(dir, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  const folderOf = (i) => `team-${pad(Math.floor(i / 400), 2)}/svc-${pad(Math.floor(i / 8), 4)}`;
  let target;
  const unrelated = [];
  for (let i = 0; i < count; i++) {
    const sub = folderOf(i);
    const kind = i % 4;
    const seed = 100 + i;
    if (i === 0) {
      const g = gen.dockerfile(60, seed);
      const stages = [...g.text.matchAll(/^FROM \S+ AS (\S+)$/gm)].map((m) => m[1]);
      const stage = stages[1] ?? stages[0];
      target = { dockerfile: write('target-app/Dockerfile', g.text), stage, text: g.text, hover: g.hover };
    } else if (i === 2) {
      target.compose = write(
        'target-app/compose.yaml',
        ['name: target-app', 'services:', '  web:', '    build:', '      context: .', '      dockerfile: Dockerfile', `      target: ${target.stage}`, '    image: registry.example.com/shop/web:1.0.0', '    restart: unless-stopped', '    ports:', '      - "8080:3000"', ''].join('\n'),
      );
    } else if (i % 100 === 97) {
      const resources = [];
      for (let j = Math.floor(i / 8) * 8; j < Math.floor(i / 8) * 8 + 8; j++) if (j % 4 === 1 && j !== i && j < count && j % 100 !== 97) resources.push(`deploy-${j}.yaml`);
      write(`${sub}/kustomization.yaml`, ['apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'namespace: shop', 'resources:', ...resources.map((r) => `  - ${r}`), 'commonLabels:', `  team: team-${Math.floor(i / 400)}`, ''].join('\n'));
    } else if (i % 100 === 99) write(`${sub}/inventory/hosts.ini`, gen.inventory(20, seed).text);
    else if (kind === 0) write(`${sub}/Dockerfile.${i}`, gen.dockerfile(60, seed).text);
    else if (kind === 1) {
      const p = write(`${sub}/deploy-${i}.yaml`, gen.kubernetes(120, seed).text);
      if (i === 1) unrelated.push({ path: p, languageId: 'yaml' });
    } else if (kind === 2) {
      const p = write(`${sub}/compose.${i}.yaml`, gen.compose(60, seed).text);
      if (i === 6) unrelated.push({ path: p, languageId: 'dockercompose' });
    } else write(`${sub}/playbook-${i}.yml`, gen.playbook(60, seed).text);
  }
  const info = { version: WORKSPACE_VERSION, files: count, target, unrelated };
  writeFileSync(stampFile, JSON.stringify(info));
  return { dir, ...info };
}

/**
 * A workspace of large files, three each of the largest session inputs (a 5,000-line manifest, a 2,000-line
 * Dockerfile, a 3,000-line Compose file, a 5,000-line playbook, a 10,000-host inventory; in a/, b/, c/), and one
 * small Dockerfile to hover on (app/Dockerfile):
 * the index reads a file in one step, so a request can wait for a whole large file's parse.
 */
export function generateLargeWorkspace(workDir) {
  const dir = join(workDir, 'workspace-large');
  const stampFile = join(dir, '.complete');
  if (existsSync(stampFile)) {
    try {
      const info = JSON.parse(readFileSync(stampFile, 'utf8'));
      if (info.version === LARGE_WORKSPACE_VERSION) return { dir, ...info };
    } catch {
      /* generate again */
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const files = [];
  for (const [k, seed] of [['a', 11], ['b', 12], ['c', 13]]) {
    files.push(
      [`${k}/k8s/manifest-5000.yaml`, gen.kubernetes(5000, seed).text],
      [`${k}/docker/Dockerfile`, gen.dockerfile(2000, seed).text],
      [`${k}/compose/compose.yaml`, gen.compose(3000, seed).text],
      [`${k}/ansible/playbook.yml`, gen.playbook(5000, seed).text],
      [`${k}/ansible/inventory/hosts.ini`, gen.inventory(10000, seed).text],
    );
  }
  const small = gen.dockerfile(60, 7);
  files.push(['app/Dockerfile', small.text]);
  for (const [rel, text] of files) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  const info = { version: LARGE_WORKSPACE_VERSION, files: files.length, large: files.slice(0, -1).map(([rel, text]) => ({ rel, lines: text.split('\n').length - 1 })), hoverDoc: { path: join(dir, 'app/Dockerfile'), languageId: 'dockerfile', text: small.text, hover: small.hover } };
  writeFileSync(stampFile, JSON.stringify(info));
  return { dir, ...info };
}

/** Initialize params of an editor with a workspace folder that shows work-done progress and lets servers register file watchers. */
function indexInitParams(folder) {
  const p = initializeParams({ rootUri: pathToFileURL(folder).href });
  p.capabilities.window = { workDoneProgress: true };
  p.capabilities.workspace.didChangeWatchedFiles = { dynamicRegistration: true };
  return p;
}

/** Our server, with the requests it makes of the client recorded (progress created, capabilities registered) and its $/progress. */
function startOurs(root, { gc = false } = {}) {
  const seen = { progressCreated: 0, registrations: [], progress: [] };
  const client = startLsp({
    command: process.execPath,
    // --expose-gc: devopsHints/stats collects garbage before it measures (the live heap).
    args: [...(gc ? ['--expose-gc'] : []), join(root, 'dist', 'server.js'), '--stdio'],
    onConfiguration: () => null,
    onRequest: {
      'window/workDoneProgress/create': () => {
        seen.progressCreated++;
        return null;
      },
      'client/registerCapability': (p) => {
        for (const r of p?.registrations ?? []) seen.registrations.push(r.method);
        return null;
      },
    },
    onNotification: { '$/progress': (p) => seen.progress.push({ at: performance.now(), kind: p?.value?.kind }) },
  });
  return { client, seen };
}

const stats = (client) => client.request('devopsHints/stats', {});

/** Poll devopsHints/stats every ~`everyMs` until the index is ready: the answer saying so, and when it arrived. */
async function untilReady(client, { everyMs = 10, timeoutMs = 120000 } = {}) {
  const deadline = performance.now() + timeoutMs;
  let polls = 0;
  for (;;) {
    const s = await stats(client);
    polls++;
    if (s?.index?.ready) return { at: performance.now(), stats: s, polls };
    if (performance.now() > deadline) throw new Error(`the index was not ready within ${timeoutMs / 1000} s`);
    await delay(everyMs);
  }
}

/** Resolves at the build's work-done progress `end` (a server started with --expose-gc is not polled: each stats call collects garbage). */
async function untilProgressEnd(client, seen, timeoutMs = 120000) {
  const deadline = performance.now() + timeoutMs;
  while (!seen.progress.some((p) => p.kind === 'end')) {
    if (performance.now() > deadline) throw new Error(`no work-done progress end within ${timeoutMs / 1000} s`);
    await delay(10);
  }
  const s = await stats(client);
  if (!s?.index?.ready) throw new Error('progress ended but the index is not ready');
  return { at: seen.progress.find((p) => p.kind === 'end').at, stats: s };
}

/**
 * One build: spawn, initialize with the folder, `initialized` (t0), poll until ready. Optionally, from t0 on, hover
 * requests on an open document one after the other every ~`hoverEveryMs` (the next one is sent ~20 ms after the
 * previous was sent, or at once when its answer came later), while the build runs and for `hoversAfter` more after.
 */
async function buildOnce(root, folder, { hoverDoc, hoverEveryMs = 20, hoversAfter = 50, gc = false } = {}) {
  const { client, seen } = startOurs(root, { gc });
  const out = {};
  try {
    await client.request('initialize', indexInitParams(folder));
    const t0 = performance.now();
    client.notify('initialized', {});
    if (hoverDoc) {
      const uri = pathToFileURL(hoverDoc.path).href;
      const opened = client.nextPublish(uri, 60000);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: hoverDoc.languageId, version: 1, text: hoverDoc.text } });
      const firstPublish = await opened;
      out.openMs = firstPublish.at - t0;
      const during = [];
      const after = [];
      let ready;
      let lastPoll = 0;
      let hoverChars = 0;
      let errors = 0;
      while (!ready || after.length < hoversAfter) {
        const sent = performance.now();
        try {
          const r = await client.request('textDocument/hover', { textDocument: { uri }, position: hoverDoc.hover });
          const c = r?.contents;
          hoverChars = typeof c === 'string' ? c.length : c?.value?.length ?? hoverChars;
        } catch {
          errors++;
        }
        const ms = performance.now() - sent;
        // A hover sent before the build's end (progress `end`, or the stats poll saying ready) counts as "during".
        const endAt = seen.progress.find((p) => p.kind === 'end')?.at ?? ready?.at ?? Infinity;
        (sent < endAt ? during : after).push(ms);
        if (!ready && (seen.progress.some((p) => p.kind === 'end') || performance.now() - lastPoll > 100)) {
          lastPoll = performance.now();
          const s = await stats(client);
          if (s?.index?.ready) ready = { at: performance.now(), stats: s };
        }
        if (!ready && performance.now() - t0 > 120000) throw new Error('the index was not ready within 120 s');
        const wait = sent + hoverEveryMs - performance.now();
        if (wait > 0) await delay(wait);
      }
      Object.assign(out, { hoverDuring: during, hoverAfter: after, hoverChars, hoverErrors: errors, stats: ready.stats, readyMs: ready.at - t0 });
    } else if (gc) {
      const ready = await untilProgressEnd(client, seen);
      Object.assign(out, { stats: ready.stats, readyMs: ready.at - t0 });
    } else {
      const ready = await untilReady(client);
      Object.assign(out, { stats: ready.stats, readyMs: ready.at - t0, polls: ready.polls });
    }
    const end = seen.progress.find((p) => p.kind === 'end');
    out.progressEndMs = end ? end.at - t0 : undefined;
    out.progressBegun = seen.progress.some((p) => p.kind === 'begin');
    out.progressCreated = seen.progressCreated;
    out.watchers = seen.registrations.includes('workspace/didChangeWatchedFiles');
    out.serverMs = out.stats.index.lastBuild?.ms;
    out.files = out.stats.index.lastBuild?.files ?? out.stats.index.files;
    out.indexFiles = out.stats.index.files;
    out.complete = out.stats.index.lastBuild?.complete ?? out.stats.index.complete;
    out.rss = out.stats.rss;
    out.heapUsed = out.stats.heapUsed;
    out.peakRss = client.peakRss();
  } catch (err) {
    out.error = String(err?.message ?? err).split('\n')[0];
    if (client.exited) out.error += ` (server exited: ${client.stderr().split('\n').filter(Boolean).slice(-2).join(' | ').slice(0, 300)})`;
  } finally {
    await client.stop();
  }
  return out;
}

/**
 * The change measure: in a built index (push diagnostics), the Compose file of target-app/ and two unrelated
 * documents (a manifest and another Compose file) open. Per cycle:
 *   (a) the Dockerfile (not open) rewritten on disk with the targeted stage renamed + didChangeWatchedFiles (changed)
 *       → the Compose file's publish with DC015;
 *   (b) the Dockerfile opened with that text, then a didChange (full text) renaming the stage back → the Compose
 *       file's publish without DC015;
 *   (c) the Dockerfile closed (the disk, renamed, counts again) → DC015 back;
 *   (a′) the original written back on disk + the event → DC015 gone.
 * The unrelated documents' publishes are counted from the first change to 100 ms after the last one's answer.
 */
async function changeCycles(root, ws, cycles) {
  const { client } = startOurs(root);
  const out = { disk: [], edit: [], close: [], composePublishes: [], unrelatedPublishes: 0, unrelated: ws.unrelated.length };
  const dfUri = pathToFileURL(ws.target.dockerfile).href;
  const composeUri = pathToFileURL(ws.target.compose).href;
  const original = ws.target.text;
  const renamed = original.replace(new RegExp(`^(FROM \\S+ AS )${ws.target.stage}$`, 'm'), `$1${ws.target.stage}-renamed`);
  const hasDC015 = (p) => p.params.diagnostics.some((d) => d.code === 'DC015');
  try {
    await client.request('initialize', indexInitParams(ws.dir));
    client.notify('initialized', {});
    await untilReady(client);
    const open = async (path, languageId, text) => {
      const uri = pathToFileURL(path).href;
      const first = client.nextPublish(uri, 10000);
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
      return first;
    };
    const composeOpen = await open(ws.target.compose, 'dockercompose', readFileSync(ws.target.compose, 'utf8'));
    if (hasDC015(composeOpen)) throw new Error('the Compose file has DC015 before any change (the generated pair is wrong)');
    for (const u of ws.unrelated) await open(u.path, u.languageId, readFileSync(u.path, 'utf8'));
    const unrelatedUris = new Set(ws.unrelated.map((u) => pathToFileURL(u.path).href));
    const from = client.publishes.length;
    /** Send `act`, then the time until the Compose file's publish that satisfies `accept` (and how many publishes for it came). */
    const timed = async (act, accept) => {
      const before = client.publishes.length;
      const next = client.nextPublish(composeUri, 5000, accept);
      const t0 = performance.now();
      act();
      const p = await next;
      out.composePublishes.push(client.publishes.slice(before).filter((x) => x.params.uri === composeUri).length);
      return p.at - t0;
    };
    let version = 1;
    try {
      for (let c = 0; c < cycles; c++) {
        writeFileSync(ws.target.dockerfile, renamed);
        out.disk.push(await timed(() => client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: dfUri, type: 2 }] }), hasDC015));
        const dfOpened = client.nextPublish(dfUri, 5000);
        client.notify('textDocument/didOpen', { textDocument: { uri: dfUri, languageId: 'dockerfile', version: ++version, text: renamed } });
        await dfOpened;
        out.edit.push(await timed(() => client.notify('textDocument/didChange', { textDocument: { uri: dfUri, version: ++version }, contentChanges: [{ text: original }] }), (p) => !hasDC015(p)));
        out.close.push(await timed(() => client.notify('textDocument/didClose', { textDocument: { uri: dfUri } }), hasDC015));
        writeFileSync(ws.target.dockerfile, original);
        out.disk.push(await timed(() => client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: dfUri, type: 2 }] }), (p) => !hasDC015(p)));
      }
      await delay(100); // a late publish of an unrelated document would come in the same tick as the Compose file's
    } finally {
      writeFileSync(ws.target.dockerfile, original);
    }
    out.unrelatedPublishes = client.publishes.slice(from).filter((p) => unrelatedUris.has(p.params.uri)).length;
  } catch (err) {
    out.error = String(err?.message ?? err).split('\n')[0];
    if (client.exited) out.error += ` (server exited: ${client.stderr().split('\n').filter(Boolean).slice(-2).join(' | ').slice(0, 300)})`;
  } finally {
    await client.stop();
  }
  return out;
}

const hoverSummary = (h) => ({
  readyMs: h.readyMs,
  openMs: h.openMs,
  during: h.hoverDuring.length,
  duringMax: h.hoverDuring.length ? Math.max(...h.hoverDuring) : undefined,
  duringP95: percentile(h.hoverDuring, 95),
  duringMed: median(h.hoverDuring),
  after: h.hoverAfter.length,
  afterMax: Math.max(...h.hoverAfter),
  afterP95: percentile(h.hoverAfter, 95),
  afterMed: median(h.hoverAfter),
  hoverChars: h.hoverChars,
  errors: h.hoverErrors,
});

const summary = (runs) => {
  const ok = runs.filter((r) => !r.error);
  const med = (f) => {
    const xs = ok.map(f).filter((x) => typeof x === 'number');
    return xs.length ? median(xs) : undefined;
  };
  return {
    runs: ok.length,
    errors: runs.filter((r) => r.error).map((r) => r.error),
    readyMs: med((r) => r.readyMs),
    readyMax: ok.length ? Math.max(...ok.map((r) => r.readyMs)) : undefined,
    serverMs: med((r) => r.serverMs),
    progressEndMs: med((r) => r.progressEndMs),
    files: med((r) => r.files),
    indexFiles: med((r) => r.indexFiles),
    complete: ok.every((r) => r.complete),
    rss: med((r) => r.rss),
    heapUsed: med((r) => r.heapUsed),
    peakRss: med((r) => r.peakRss),
    progress: ok.every((r) => r.progressCreated > 0 && r.progressBegun && r.progressEndMs !== undefined),
    watchers: ok.every((r) => r.watchers),
  };
};

/**
 * Every index measure. `sizes` = [small, large] generated workspaces (1,000 and 10,000 files; --quick: 200 and
 * 2,000); `runs` = [runs at small, runs at large]; `corpus` = the shared corpus folder (skipped when absent).
 */
export async function indexMeasures({ root, workDir, sizes, runs, cycles, corpus, withinBudget = () => true, log = () => undefined }) {
  const out = { sizes, builds: [], notes: [] };
  const emptyDir = join(workDir, 'workspace-empty');
  mkdirSync(emptyDir, { recursive: true });
  const base = [];
  for (let i = 0; i < 3; i++) base.push(await buildOnce(root, emptyDir));
  out.empty = summary(base);
  out.emptyGc = summary([await buildOnce(root, emptyDir, { gc: true })]);
  log(`index: empty folder, rss ${(out.empty.rss / MB).toFixed(1)} MB (after GC ${(out.emptyGc.rss / MB).toFixed(1)} MB, heap ${(out.emptyGc.heapUsed / MB).toFixed(1)} MB)`);
  const rows = [];
  if (corpus && existsSync(corpus.path)) rows.push({ id: 'corpus', label: `shared corpus (\`${corpus.rel}\`)`, dir: corpus.path, runs: runs[0] });
  else out.notes.push(`The shared corpus (\`${corpus?.rel ?? '../shared/corpus'}\`) is absent: its row is skipped.`);
  const spaces = sizes.map((n) => {
    log(`index: generating (or reusing) the ${n.toLocaleString('en-US')}-file workspace…`);
    return generateWorkspace(workDir, n);
  });
  spaces.forEach((ws, k) => rows.push({ id: `ws-${ws.files}`, label: `generated, ${ws.files.toLocaleString('en-US')} files`, dir: ws.dir, runs: runs[k], count: ws.files }));
  for (const row of rows) {
    const rs = [];
    for (let i = 0; i < row.runs; i++) {
      if (i > 0 && row.id === `ws-${sizes[1]}` && !withinBudget()) {
        out.notes.push(`${row.label}: ${i} run(s) instead of ${row.runs}, to stay within the time budget.`);
        break;
      }
      const r = await buildOnce(root, row.dir);
      rs.push(r);
      log(`index: ${row.id} run ${i + 1}: ${r.error ? `ERROR ${r.error}` : `ready after ${r.readyMs.toFixed(0)} ms (server ${r.serverMs} ms), ${r.files} files, rss ${(r.rss / MB).toFixed(1)} MB`}`);
    }
    // The cause of the RSS growth: one more build in a server started with --expose-gc, measured after a GC.
    const g = await buildOnce(root, row.dir, { gc: true });
    log(`index: ${row.id} after GC: ${g.error ? `ERROR ${g.error}` : `rss ${(g.rss / MB).toFixed(1)} MB, heap ${(g.heapUsed / MB).toFixed(1)} MB`}`);
    out.builds.push({ ...row, ...summary(rs), all: rs.map((r) => r.readyMs), gc: g.error ? { error: g.error } : { rss: g.rss, heapUsed: g.heapUsed, readyMs: g.readyMs } });
  }
  // Requests during the build of the largest workspace: hovers on its open Dockerfile (target-app/Dockerfile).
  const big = spaces[spaces.length - 1];
  const h = await buildOnce(root, big.dir, { hoverDoc: { path: big.target.dockerfile, languageId: 'dockerfile', text: big.target.text, hover: big.target.hover } });
  out.hover = h.error ? { error: h.error, files: big.files } : { files: big.files, ...hoverSummary(h) };
  log(`index: hovers during the ${big.files}-file build: ${out.hover.error ? `ERROR ${out.hover.error}` : `${out.hover.during} sent, max ${out.hover.duringMax?.toFixed(1)} ms, p95 ${out.hover.duringP95?.toFixed(1)} ms (after: max ${out.hover.afterMax.toFixed(1)}, p95 ${out.hover.afterP95.toFixed(1)} ms)`}`);
  // The same while a workspace of a few large files is indexed: a request waits for the file being parsed.
  const large = generateLargeWorkspace(workDir);
  // Its build is short (a few seconds): two builds, their hovers pooled.
  const hls = [];
  for (let i = 0; i < 2; i++) hls.push(await buildOnce(root, large.dir, { hoverDoc: large.hoverDoc, hoversAfter: 10 }));
  const hlErr = hls.find((r) => r.error);
  const pooled = { hoverDuring: hls.flatMap((r) => r.hoverDuring ?? []), hoverAfter: hls.flatMap((r) => r.hoverAfter ?? []), readyMs: median(hls.map((r) => r.readyMs)), openMs: median(hls.map((r) => r.openMs)), openMax: Math.max(...hls.map((r) => r.openMs)), hoverChars: hls[0].hoverChars, hoverErrors: hls.reduce((n, r) => n + (r.hoverErrors ?? 0), 0) };
  out.hoverLarge = hlErr ? { error: hlErr.error, files: large.files, large: large.large } : { files: large.files, large: large.large, builds: hls.length, openMax: pooled.openMax, ...hoverSummary(pooled) };
  log(`index: hovers during the build of ${large.large.length} large files: ${out.hoverLarge.error ? `ERROR ${out.hoverLarge.error}` : `${out.hoverLarge.during} sent, max ${out.hoverLarge.duringMax?.toFixed(1)} ms, p95 ${out.hoverLarge.duringP95?.toFixed(1)} ms`}`);
  // Change → dependents, in the smaller workspace.
  const c = await changeCycles(root, spaces[0], cycles);
  out.change = { files: spaces[0].files, cycles, ...c };
  log(`index: change → dependents (${spaces[0].files} files): ${c.error ? `ERROR ${c.error}` : `disk ${c.disk.map((x) => x.toFixed(1)).join(', ')} ms; edit ${c.edit.map((x) => x.toFixed(1)).join(', ')} ms; close ${c.close.map((x) => x.toFixed(1)).join(', ')} ms; unrelated publishes ${c.unrelatedPublishes}`}`);
  return out;
}
