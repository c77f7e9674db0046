// The kustomize examples' markdown walkthroughs build their demo trees with shell: `DEMO_HOME=$(mktemp -d)`,
// `BASE=$DEMO_HOME/base`, `cat <<EOF >$BASE/kustomization.yaml … EOF`. This reads those blocks back into file trees
// (one per `DEMO_HOME=` — a walkthrough may build several), the final version of each file, so the corpus tests can
// check the kustomizations that exist only inside the markdown.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface Walkthrough {
  /** `components.md-2`: the file and which of its demo trees. */
  name: string;
  files: Record<string, string>;
}

const HEREDOC = /^\s*cat\s+(?:<<-?\s*(['"]?)(\w+)\1\s*(>>?)\s*(\S+)|(>>?)\s*(\S+)\s*<<-?\s*(['"]?)(\w+)\7)\s*$/;

export function walkthroughs(name: string, markdown: string): Walkthrough[] {
  const out: Walkthrough[] = [];
  let vars: Record<string, string> = {};
  let cur: Walkthrough | undefined;
  const expand = (s: string) => s.replace(/\$\{?(\w+)\}?/g, (m, v: string) => (v in vars ? vars[v] : m));
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const assign = /^\s*(?:export\s+)?([A-Z_][A-Z0-9_]*)=(\S+|\$\(mktemp[^)]*\))\s*$/.exec(line);
    if (assign) {
      if (assign[1] === 'DEMO_HOME') {
        vars = { DEMO_HOME: '' };
        cur = { name: `${name}-${out.length + 1}`, files: {} };
        out.push(cur);
      } else vars[assign[1]] = expand(assign[2].replace(/^["']|["']$/g, ''));
      continue;
    }
    const h = HEREDOC.exec(line);
    if (!h || !cur) continue;
    const quoted = h[1] || h[7];
    const end = h[2] ?? h[8];
    const append = (h[3] ?? h[5]) === '>>';
    const target = expand((h[4] ?? h[6]).replace(/^["']|["']$/g, '')).replace(/^\/+/, '');
    const body: string[] = [];
    // An unquoted here-document is expanded by the shell: known variables, and the escapes `\$`, `\\`, `` \` ``.
    const shell = (l: string) => l.replace(/\\([$`\\])|\$\{?([A-Z_]+)\}?/g, (m, esc: string | undefined, v: string | undefined) => (esc ? esc : v && v in vars ? vars[v] : m));
    for (i++; i < lines.length && lines[i].trim() !== end; i++) body.push(quoted ? lines[i] : shell(lines[i]));
    const text = body.join('\n') + '\n';
    if (!target || target.includes('$')) continue;
    cur.files[target] = append && cur.files[target] ? cur.files[target] + text : text;
  }
  return out.filter((w) => Object.keys(w.files).length);
}

/** Write a walkthrough's files under `dir`. */
export function writeWalkthrough(w: Walkthrough, dir: string): void {
  for (const [p, text] of Object.entries(w.files)) {
    const abs = join(dir, p);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
}
