// Seeded mutators for the fuzzer: everything here is a pure function of the text and a PRNG, so a case seed
// reproduces a mutated document exactly (no dependency, no Math.random).

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return n <= 0 ? 0 : Math.floor(this.next() * n);
  }
  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  /** A fresh 32-bit seed (for sub-streams). */
  seed(): number {
    return Math.floor(this.next() * 4294967296) >>> 0;
  }
}

/** Derive the seed of case `n` of a run seeded with `runSeed` (stable across versions of the mutators). */
export function caseSeed(runSeed: number, n: number): number {
  let h = (runSeed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---- building blocks ----

/** Lines with their terminators kept (so CRLF and a last line without a newline survive). */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length || out.length === 0) out.push(text.slice(start));
  return out;
}

function lineBody(line: string): { body: string; eol: string } {
  const m = /(\r\n|\r|\n)$/.exec(line);
  return m ? { body: line.slice(0, -m[1].length), eol: m[1] } : { body: line, eol: '' };
}

function lineRange(rng: Rng, lines: string[], maxLen = 5): [number, number] {
  const a = rng.int(lines.length);
  return [a, Math.min(lines.length, a + rng.range(1, maxLen))];
}

function insertAt(text: string, offset: number, s: string): string {
  return text.slice(0, offset) + s + text.slice(offset);
}

/** A random offset, biased towards line starts and ends (where structure lives). */
function someOffset(rng: Rng, text: string): number {
  if (!text.length) return 0;
  if (rng.chance(0.5)) return rng.int(text.length + 1);
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  const s = rng.pick(starts);
  if (rng.chance(0.5)) return s;
  const nl = text.indexOf('\n', s);
  return nl < 0 ? text.length : nl;
}

// ---- alphabets ----

/** Spliced-in tokens: YAML structure, Dockerfile syntax, templates. */
export const TOKENS = [
  ': ', ':', '- ', '-', '{', '}', '[', ']', '{}', '[]', ', ', '&a ', '*a', '<<: *a', '<<: ', '!!binary ', '!!str ', '!reset ', '!override ', '!Ref ', '---', '...', '--- |',
  '|', '>-', '|+', '? ', '"', "'", '#', ' #', '%YAML 1.2', '%TAG ! tag:x:', '\\\n', '\\', '`', '`\n', '<<EOF', '<<-EOF\n', 'EOF', '<<"EOF"', '# escape=`', '# escape=\\',
  '# syntax=docker/dockerfile:1', '$${', '${', '$', '${A:-', '${A:?x}', '}', '{{ }}', '{{', '}}', '{{ x }}', '{% if %}', '=', '--from=', '--mount=type=cache,', '--link',
  'FROM ', 'FROM scratch AS ', 'RUN ', 'COPY ', 'ADD ', 'ARG ', 'ENV ', 'CMD ["', 'ENTRYPOINT [', 'HEALTHCHECK ', 'ONBUILD ', 'USER ', 'WORKDIR ', 'EXPOSE ', 'SHELL [',
  'services:', 'image: ', 'build: ', 'ports:', '- "80:80"', 'volumes:', 'depends_on:', 'extends:', 'apiVersion: v1', 'kind: ', 'metadata:', 'spec:', 'containers:',
  'apiVersion: apps/v1', 'kind: Deployment', 'kind: List\nitems:\n- ', 'apiVersion: extensions/v1beta1', 'selector:', 'matchLabels:', 'template:', 'replicas: ',
  'targetPort: ', 'nodePort: ', 'schedule: "*/5 * * * *"', 'restartPolicy: ', 'tolerations:', 'operator: Exists', 'valueFrom:', 'secretKeyRef:', 'envFrom:',
  'configMapKeyRef:', 'imagePullPolicy: ', 'limits:', 'memory: 512Mi', 'cpu: 500m', 'maxSurge: 25%', '$patch: delete', 'kind: job', 'sepc:', 'stringData:',
  'resources:', 'kustomization', 'resources:\n- ', 'patches:', 'bases:\n- ../', 'commonLabels:', 'patchesStrategicMerge:\n- ', 'patchesJson6902:\n- target:',
  'namePrefix: ', 'images:\n- name: ', 'newTag: ', 'configMapGenerator:\n- name: ', 'behavior: merge', 'literals:\n- A=b', 'files:\n- k=', 'envs:', 'env: ',
  'kind: Component', 'apiVersion: kustomize.config.k8s.io/v1beta1', 'patch: |-\n  ', '- op: add\n  path: /spec/', 'op: replce', 'from: ', 'value: ', 'target:\n  kind: ',
  'labelSelector: "a in (b)"', 'name: ".*"', 'replicas:\n- name: ', 'count: "2"', '../../', './', '/etc/', 'https://github.com/x/y?ref=v1', 'hosts: all', 'tasks:', '- name: ', 'ansible.builtin.', 'when: ', 'loop: ', 'become: yes', 'vars:',
  '[group]', '[group:children]', 'host ansible_host=', '0x', '1e999', '-.inf', '.nan', '~', 'null', 'yes', 'no', '0o17', '12:30:00', '2001-12-14t21:59:43.10-05:00',
  '\t', '\r', '\n', '\r\n', '\u00a0', '\u2028', '\u2029', '\u0085', '\ufeff', '\u0000', '\u200b',
];

const KOREAN = ['한글', '이미지', '컨테이너', '서비스', '포트', '볼륨', '설정: 값', '# 주석', '가', '힣', '\u1100\u1161\u11a8' /* conjoining jamo */];
const EMOJI = ['😀', '🐳', '👍🏽', '👨‍👩‍👧‍👦', '🇰🇷', '❤️', '🔥'];
const COMBINING = ['e\u0301', 'a\u0300\u0301\u0302\u0303', '\u0301', '\u20dd', 'ก\u0e31\u0e49'];
const ODD = ['\u202e', '\u200f', '\u200d', '\ufffd', '\uffff', '\u{10ffff}', '\u{1d400}', 'ǅ', 'İ', 'ß', 'ﬃ', 'Ω', '\u0000', '\u001b[31m', '\u007f'];
const LONE = ['\ud800', '\udfff', '\udc00x', 'x\ud83d'];

export function randomUnicode(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) {
    const r = rng.int(7);
    if (r === 0) s += rng.pick(KOREAN);
    else if (r === 1) s += rng.pick(EMOJI);
    else if (r === 2) s += rng.pick(COMBINING);
    else if (r === 3) s += rng.pick(ODD);
    else if (r === 4) s += rng.pick(LONE);
    else if (r === 5) s += String.fromCharCode(0xac00 + rng.int(11172)); // any Hangul syllable
    else s += String.fromCodePoint(rng.chance(0.8) ? rng.range(0x20, 0x2fff) : rng.range(0x10000, 0x10ffff));
  }
  return s;
}

// ---- mutators ----

export interface Mutator {
  name: string;
  /** Returns the mutated text and a short description of what was done (for failure reports). */
  apply(text: string, rng: Rng): { text: string; what: string };
}

const mutators: Mutator[] = [
  {
    name: 'byte-flip',
    apply(text, rng) {
      if (!text.length) return { text: String.fromCharCode(rng.int(256)), what: 'byte-flip on empty' };
      const chars = text.split('');
      const n = rng.range(1, 8);
      const at: number[] = [];
      for (let i = 0; i < n; i++) {
        const k = rng.int(chars.length);
        const c = chars[k].charCodeAt(0);
        // Flip one of the low 8 bits: stays inside its 256-block (never creates a surrogate from a non-surrogate).
        chars[k] = String.fromCharCode(c ^ (1 << rng.int(8)));
        at.push(k);
      }
      return { text: chars.join(''), what: `byte-flip at ${at.join(',')}` };
    },
  },
  {
    name: 'truncate-line',
    apply(text, rng) {
      const lines = splitLines(text);
      const k = rng.int(lines.length + 1);
      const keepEol = rng.chance(0.5);
      const head = lines.slice(0, k).join('');
      const out = keepEol || k === 0 ? head : head.replace(/(\r\n|\r|\n)$/, '');
      return { text: out, what: `truncate before line ${k}${keepEol ? '' : ' (no final newline)'}` };
    },
  },
  {
    name: 'truncate-offset',
    apply(text, rng) {
      const k = someOffset(rng, text);
      return { text: text.slice(0, k), what: `truncate at offset ${k}` };
    },
  },
  {
    name: 'delete-lines',
    apply(text, rng) {
      const lines = splitLines(text);
      const [a, b] = lineRange(rng, lines);
      lines.splice(a, b - a);
      return { text: lines.join(''), what: `delete lines ${a}..${b - 1}` };
    },
  },
  {
    name: 'duplicate-lines',
    apply(text, rng) {
      const lines = splitLines(text);
      const [a, b] = lineRange(rng, lines);
      const copy = lines.slice(a, b);
      if (copy.length && !/[\r\n]$/.test(copy[copy.length - 1])) copy[copy.length - 1] += '\n';
      const to = rng.chance(0.5) ? b : rng.int(lines.length + 1);
      if (to > 0 && to <= lines.length && !/[\r\n]$/.test(lines[to - 1])) lines[to - 1] += '\n';
      lines.splice(to, 0, ...copy);
      return { text: lines.join(''), what: `duplicate lines ${a}..${b - 1} to ${to}` };
    },
  },
  {
    name: 'swap-lines',
    apply(text, rng) {
      const lines = splitLines(text).map(lineBody);
      const a = rng.int(lines.length);
      const b = rng.int(lines.length);
      [lines[a].body, lines[b].body] = [lines[b].body, lines[a].body];
      return { text: lines.map((l) => l.body + l.eol).join(''), what: `swap lines ${a} and ${b}` };
    },
  },
  {
    name: 'indent-shift',
    apply(text, rng) {
      const lines = splitLines(text);
      const [a, b] = lineRange(rng, lines, 12);
      const by = rng.pick([1, 2, 4, -1, -2, -4]);
      for (let i = a; i < b; i++) {
        if (by > 0) lines[i] = ' '.repeat(by) + lines[i];
        else lines[i] = lines[i].replace(new RegExp(`^ {0,${-by}}`), '');
      }
      return { text: lines.join(''), what: `indent ${by > 0 ? '+' : ''}${by} on lines ${a}..${b - 1}` };
    },
  },
  {
    name: 'tabs',
    apply(text, rng) {
      const all = rng.chance(0.3);
      const lines = splitLines(text);
      const [a, b] = all ? [0, lines.length] : lineRange(rng, lines, 8);
      const width = rng.pick([2, 4, 8]);
      for (let i = a; i < b; i++) {
        lines[i] = lines[i].replace(/^ +/, (sp) => (rng.chance(0.2) ? ' ' : '') + '\t'.repeat(Math.max(1, Math.floor(sp.length / width))) + ' '.repeat(sp.length % width));
      }
      return { text: lines.join(''), what: `leading spaces → tabs (width ${width}) on lines ${a}..${b - 1}` };
    },
  },
  {
    name: 'line-endings',
    apply(text, rng) {
      const kind = rng.pick(['crlf', 'cr', 'mixed'] as const);
      if (kind === 'crlf') return { text: text.replace(/\r?\n/g, '\r\n'), what: 'CRLF line endings' };
      if (kind === 'cr') return { text: text.replace(/\r?\n/g, '\r'), what: 'CR-only line endings' };
      return { text: text.replace(/\r?\n/g, () => rng.pick(['\n', '\r\n', '\r', '\n\r'])), what: 'mixed line endings' };
    },
  },
  {
    name: 'bom',
    apply(text, rng) {
      if (rng.chance(0.8)) return { text: '\ufeff' + text, what: 'BOM at the start' };
      const k = someOffset(rng, text);
      return { text: insertAt(text, k, '\ufeff'), what: `BOM at offset ${k}` };
    },
  },
  {
    name: 'nul',
    apply(text, rng) {
      // Past the binary sniffing window (8 KB) a NUL reaches the parsers; before it, the file is skipped.
      const late = text.length > 8300 && rng.chance(0.5);
      const k = late ? rng.range(8200, text.length) : someOffset(rng, text);
      const s = rng.pick(['\u0000', '\u0000\u0000\u0000', 'a\u0000b', '\u0000\n']);
      return { text: insertAt(text, k, s), what: `NUL at offset ${k}` };
    },
  },
  {
    name: 'nul-late',
    apply(text, rng) {
      // Pad past the 8 KB binary-sniffing window with a comment, then a NUL the parsers must survive.
      const pad = text.startsWith('\ufeff') ? '' : '#' + ' pad'.repeat(2100) + '\n';
      const t = pad + text;
      const k = rng.range(pad.length, t.length);
      return { text: insertAt(t, k, '\u0000'), what: `8 KB comment, then NUL at offset ${k}` };
    },
  },
  {
    name: 'unicode',
    apply(text, rng) {
      let t = text;
      const n = rng.range(1, 4);
      const at: number[] = [];
      for (let i = 0; i < n; i++) {
        const k = someOffset(rng, t);
        t = insertAt(t, k, randomUnicode(rng, rng.range(1, 6)));
        at.push(k);
      }
      return { text: t, what: `unicode at ${at.join(',')}` };
    },
  },
  {
    name: 'split-surrogate',
    apply(text, rng) {
      // Replace one half of a surrogate pair (or insert a lone one) so UTF-16 offsets fall mid-character.
      const pairs: number[] = [];
      for (let i = 0; i < text.length - 1; i++) if (/[\ud800-\udbff]/.test(text[i]) && /[\udc00-\udfff]/.test(text[i + 1])) pairs.push(i);
      if (pairs.length) {
        const p = rng.pick(pairs);
        return { text: text.slice(0, p + 1) + text.slice(p + 2), what: `drop low surrogate at ${p + 1}` };
      }
      const k = someOffset(rng, text);
      return { text: insertAt(text, k, rng.pick(LONE)), what: `lone surrogate at ${k}` };
    },
  },
  {
    name: 'long-line',
    apply(text, rng) {
      const n = rng.pick([1000, 10_000, 100_000]);
      const unit = rng.pick(['a', 'x ', '한', '😀', ' ', '-', ':', '$A', '\\', 'a: ', '- ', '[', '{', '"', '#']);
      const long = unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
      const lines = splitLines(text);
      const k = rng.int(lines.length + 1);
      const where = rng.int(3);
      let t: string;
      if (where === 0) {
        // a whole new line
        t = lines.slice(0, k).join('') + (k > 0 && !/[\r\n]$/.test(lines[k - 1]) ? '\n' : '') + long + '\n' + lines.slice(k).join('');
      } else {
        // appended to / prefixed into an existing line's content
        const l = lineBody(lines[Math.min(k, lines.length - 1)]);
        const body = where === 1 ? l.body + long : l.body.replace(/^(\s*(?:- )?[\w.-]*:? ?)/, (m) => m + long);
        lines[Math.min(k, lines.length - 1)] = body + l.eol;
        t = lines.join('');
      }
      return { text: t, what: `${n}-char line of ${JSON.stringify(unit)} at line ${k}` };
    },
  },
  {
    name: 'token',
    apply(text, rng) {
      let t = text;
      const n = rng.range(1, 4);
      const what: string[] = [];
      for (let i = 0; i < n; i++) {
        const tok = rng.pick(TOKENS);
        let k = someOffset(rng, t);
        if (rng.chance(0.3)) {
          // after the indentation of a line (where keys and list items start)
          const ls = t.lastIndexOf('\n', k - 1) + 1;
          k = ls + (/^[ \t]*/.exec(t.slice(ls))?.[0].length ?? 0);
        }
        t = insertAt(t, k, tok);
        what.push(`${JSON.stringify(tok)}@${k}`);
      }
      return { text: t, what: `tokens ${what.join(' ')}` };
    },
  },
  {
    name: 'replace-token',
    apply(text, rng) {
      // Replace one word/value with a token or with random unicode.
      const words = [...text.matchAll(/[^\s:#\-[\]{},]+/g)];
      if (!words.length) return { text: text + rng.pick(TOKENS), what: 'append token' };
      const w = rng.pick(words);
      const by = rng.chance(0.6) ? rng.pick(TOKENS) : randomUnicode(rng, rng.range(1, 3));
      return { text: text.slice(0, w.index) + by + text.slice(w.index! + w[0].length), what: `replace ${JSON.stringify(w[0])}@${w.index} by ${JSON.stringify(by)}` };
    },
  },
  {
    name: 'nesting',
    apply(text, rng) {
      const depth = rng.pick([20, 100, 300]);
      const kind = rng.int(4);
      let s: string;
      if (kind === 0) s = '['.repeat(depth) + ']'.repeat(rng.chance(0.5) ? depth : 0);
      else if (kind === 1) s = '{a: '.repeat(depth) + '1' + '}'.repeat(rng.chance(0.5) ? depth : 0);
      else if (kind === 2) s = Array.from({ length: depth }, (_, i) => ' '.repeat(i) + 'k:').join('\n');
      else s = Array.from({ length: depth }, (_, i) => '  '.repeat(i) + '- ').join('\n') + 'x';
      const k = someOffset(rng, text);
      return { text: insertAt(text, k, s + '\n'), what: `nesting depth ${depth} (kind ${kind}) at ${k}` };
    },
  },
  {
    name: 'anchors',
    apply(text, rng) {
      // Anchors, aliases and merge keys on random lines (including undefined and self-referencing ones).
      const lines = splitLines(text);
      const n = rng.range(1, 3);
      for (let i = 0; i < n; i++) {
        const k = rng.int(lines.length);
        const l = lineBody(lines[k]);
        const tok = rng.pick([' &a', ' *a', ' &b', ' *b', ' !!binary', ' !!map', ' !!seq', ' !custom']);
        lines[k] = l.body.replace(/:( |$)/, `:${tok}$1`) + l.eol;
        if (rng.chance(0.3)) lines.splice(k + 1, 0, /^\s*/.exec(l.body)![0] + '<<: *a\n');
      }
      return { text: lines.join(''), what: `${n} anchor/alias/tag edits` };
    },
  },
  {
    name: 'documents',
    apply(text, rng) {
      // A multi-document file past 16 KB (where edits re-parse only the document they touch): copies of the text,
      // sometimes with the separator inside or after a copy's last line.
      const copies = Math.max(2, Math.min(200, Math.ceil((rng.range(17, 64) * 1024) / Math.max(1, text.length))));
      const parts: string[] = [];
      for (let i = 0; i < copies; i++) parts.push(i > 0 && rng.chance(0.1) ? text.replace(/\n[^\n]*$/, '') : text);
      const sep = rng.pick(['\n---\n', '\n---\n', '\n--- # next\n', '\n...\n---\n']);
      return { text: parts.join(sep), what: `${copies} copies as documents (separator ${JSON.stringify(sep)})` };
    },
  },
  {
    name: 'empty-or-whitespace',
    apply(text, rng) {
      const t = rng.pick(['', ' ', '\n', '\r\n', '\t', '\ufeff', '---', '---\n---\n', '#', '\\', '- ', ':', '\n\n\n\n']);
      return { text: rng.chance(0.5) ? t : text + t, what: `empty/whitespace ${JSON.stringify(t)}` };
    },
  },
];

export const MUTATORS: readonly Mutator[] = mutators;

export function mutatorByName(name: string): Mutator {
  const m = mutators.find((x) => x.name === name);
  if (!m) throw new Error(`no mutator ${name}`);
  return m;
}

/** Apply 1–4 random mutators in a row (sometimes none: the file as it is). */
export function mutate(text: string, rng: Rng): { text: string; mutation: string } {
  if (rng.chance(0.03)) return { text, mutation: 'none' };
  const n = rng.chance(0.55) ? 1 : rng.range(2, 4);
  const what: string[] = [];
  let t = text;
  for (let i = 0; i < n; i++) {
    const m = rng.pick(mutators);
    const r = m.apply(t, rng);
    t = r.text;
    what.push(`${m.name}: ${r.what}`);
  }
  // Keep the fuzzing fast: a mutation chain may not grow a document beyond ~1 MB.
  if (t.length > 1_100_000) t = t.slice(0, 1_100_000);
  return { text: t, mutation: what.join(' | ') };
}
