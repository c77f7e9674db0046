// "Go to symbol in workspace" (Ctrl+T) over the index. VS Code sends only the first word of what is typed and
// filters the rest itself against the symbol's name, so a name carries what it is: `service web`, `Deployment web`,
// `handler Restart nginx`, `stage build` — typing "service web" finds the Compose service and the Kubernetes Service.
import type { SymbolInformation } from 'vscode-languageserver-types';
import type { FileFacts } from './facts';

/** Whether every character of `query` appears in `text` in order, ignoring case (what VS Code's filter also does). */
export function fuzzyMatch(query: string, text: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const t = text.toLowerCase();
  let j = 0;
  for (let i = 0; i < t.length && j < q.length; i++) if (t[i] === q[j]) j++;
  return j === q.length;
}

/** A match in one word (`web` in `service web`) ranks before a scattered one; then by name and file. */
function score(query: string, name: string): number {
  const q = query.toLowerCase();
  const n = name.toLowerCase();
  if (n === q) return 0;
  if (n.split(/\s+/).some((w) => w.startsWith(q))) return 1;
  if (n.includes(q)) return 2;
  return 3;
}

export function searchSymbols(files: readonly FileFacts[], query: string, limit: number, uriOf: (path: string) => string): SymbolInformation[] {
  const q = query.trim();
  const hits: { s: SymbolInformation; score: number }[] = [];
  for (const f of files) {
    for (const sym of f.symbols) {
      if (q && !fuzzyMatch(q, sym.name)) continue;
      hits.push({ s: { name: sym.name, kind: sym.kind as SymbolInformation['kind'], location: { uri: uriOf(f.path), range: sym.range }, containerName: sym.container }, score: q ? score(q, sym.name) : 0 });
    }
  }
  hits.sort((a, b) => a.score - b.score || a.s.name.localeCompare(b.s.name) || a.s.location.uri.localeCompare(b.s.location.uri));
  return hits.slice(0, limit).map((h) => h.s);
}
