// One benchmark session: a fresh server process, one input, every measure. See bench/README.md for the
// definitions (what "open → diagnostics" means, how empty publishes count, …).
import { performance } from 'node:perf_hooks';
import { startLsp, initializeParams } from './lsp.mjs';

export const median = (xs) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Nearest-rank percentile. */
export const percentile = (xs, p) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

function countItems(result) {
  if (!result) return 0;
  if (Array.isArray(result)) return result.length;
  if (Array.isArray(result.items)) return result.items.length;
  return 0;
}

function hoverText(result) {
  if (!result) return '';
  const c = result.contents;
  if (typeof c === 'string') return c;
  if (Array.isArray(c)) return c.map((x) => (typeof x === 'string' ? x : x.value)).join('\n');
  return c?.value ?? '';
}

/**
 * A barrier: a request every server answers (MethodNotFound) after handling the messages sent before it.
 * Used after the configuration exchange, so that didOpen never races a server's own set-up.
 */
async function barrier(client) {
  try {
    await client.request('$/bench/barrier', {});
  } catch {
    /* MethodNotFound: that is the point */
  }
}

/** Poll devopsHints/stats until the workspace index is ready; how long that took (ms). */
async function waitForIndex(client, timeoutMs) {
  const t0 = performance.now();
  for (;;) {
    const s = await client.request('devopsHints/stats', {}).catch(() => undefined);
    if (!s?.index || s.index.ready) return performance.now() - t0;
    if (performance.now() - t0 > timeoutMs) throw new Error('the workspace index was not ready in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Run one session.
 * @param {object} server  a server definition (bench/lib/servers.mjs)
 * @param {{ uri: string, languageId: string, text: string, hover: object, complete: object, edit: object }} input
 * @param {{ rootUri?: string, requests: number, edits: number, timeoutMs: number, extraDocs?: object[], keepDiagnostics?: boolean }} opts
 */
export async function runSession(server, input, opts) {
  const client = startLsp(server);
  const out = { server: server.id, input: input.id };
  try {
    let t0 = performance.now();
    await client.request('initialize', initializeParams({ rootUri: opts.rootUri }));
    out.initializeMs = performance.now() - t0;
    client.notify('initialized', {});
    server.afterInitialized?.(client);
    // A server that asks for its configuration at start-up gets it before the document opens; then a barrier.
    if (server.configuresAtStart) await client.firstConfigurationRequest(5000);
    await barrier(client);
    // Our server indexes the workspace root in the background (measured on its own in the index rows): the
    // session's document opens once that is done, so open and edit times are the document's, not the index's.
    if (server.id === 'ours') out.indexWaitMs = await waitForIndex(client, 60_000);

    // ---- didOpen → the first publishDiagnostics for the document after it was sent (an empty list counts) ----
    const opened = client.nextPublish(input.uri, opts.timeoutMs);
    t0 = performance.now();
    client.notify('textDocument/didOpen', { textDocument: { uri: input.uri, languageId: input.languageId, version: 1, text: input.text } });
    const first = await opened;
    out.openMs = first.at - t0;
    out.openDiagnostics = first.params.diagnostics.length;
    if (opts.keepDiagnostics) out.openMessages = first.params.diagnostics.map((d) => d.message);

    // ---- hover and completion: one warm-up, then `requests` timed requests each ----
    const pos = { textDocument: { uri: input.uri } };
    const hovers = [];
    let hover = null;
    for (let i = 0; i <= opts.requests; i++) {
      const { result, ms } = await client.timedRequest('textDocument/hover', { ...pos, position: input.hover });
      if (i === 0) hover = result;
      else hovers.push(ms);
    }
    out.hover = hovers;
    out.hoverChars = hoverText(hover).length;
    const completions = [];
    let items = 0;
    for (let i = 0; i <= opts.requests; i++) {
      const { result, ms } = await client.timedRequest('textDocument/completion', { ...pos, position: input.complete, context: { triggerKind: 1 } });
      if (i === 0) items = countItems(result);
      else completions.push(ms);
    }
    out.completion = completions;
    out.completionItems = items;
    // Publishes that came for the opened version after the first one (a server that publishes twice on open).
    out.openPublishes = client.publishes.filter((p) => p.params.uri === input.uri).length;

    // ---- didChange (one character typed, then deleted again) → the next publishDiagnostics for the document ----
    const edits = [];
    let version = 1;
    const e = input.edit;
    const at = { line: e.line, character: e.character + 1 };
    for (let i = 0; i < opts.edits; i++) {
      version++;
      // Even edits type a digit after the one at `edit` (2 → 23), odd ones delete it: the text shifts by one
      // character and comes back, as when a user types and corrects.
      const change = i % 2 === 0
        ? { range: { start: at, end: at }, rangeLength: 0, text: e.to }
        : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, rangeLength: 1, text: '' };
      const next = client.nextPublish(input.uri, opts.timeoutMs);
      t0 = performance.now();
      client.notify('textDocument/didChange', { textDocument: { uri: input.uri, version }, contentChanges: [change] });
      const p = await next;
      edits.push(p.at - t0);
      out.editDiagnostics = p.params.diagnostics.length;
    }
    out.edit = edits;

    // ---- more documents of other formats in the same server (the "all five formats loaded" session) ----
    for (const extra of opts.extraDocs ?? []) {
      const opened2 = client.nextPublish(extra.uri, opts.timeoutMs);
      client.notify('textDocument/didOpen', { textDocument: { uri: extra.uri, languageId: extra.languageId, version: 1, text: extra.text } });
      await opened2;
      await client.request('textDocument/hover', { textDocument: { uri: extra.uri }, position: extra.hover });
      await client.request('textDocument/completion', { textDocument: { uri: extra.uri }, position: extra.complete });
    }
    out.peakRss = client.peakRss();
  } catch (err) {
    out.error = String(err?.message ?? err).split('\n')[0];
    if (client.exited) out.error += ` (server exited${client.stderr() ? `: ${client.stderr().split('\n').filter(Boolean).slice(-2).join(' | ').slice(0, 300)}` : ''})`;
    out.peakRss = client.peakRss();
  } finally {
    await client.stop();
  }
  return out;
}
