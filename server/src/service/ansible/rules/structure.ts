// The structure pass of an Ansible document (ANS001–ANS016): keywords at each level (play, block, task, handler),
// removed keywords, the module of each task and its options (from our module tables: unknown options, choices,
// booleans, required, exclusive and together groups), loop keywords, become methods, and values that start with
// `{{` unquoted. One bounded walk per document version returns issues with the rule they belong to; each rule file
// is a filter over it (`structureRule`). Everything is data-driven: modules are whatever KNOWLEDGE holds.
import type { Range } from 'vscode-languageserver-types';
import type { YamlCheck, YamlDocModel } from '../../kinds/yaml';
import type { DocumentModel } from '../../model';
import type { Fix, Localized } from '../../types';
import { closest, editDistance } from '../../text';
import {
  getPair, getValue, isMap, isQuotedScalar, isScalar, mapPairs, nodeRange, pairKey, scalarString, seqItems, walk,
  type YamlPair,
} from '../../yaml';
import { KEYWORD_LEVELS, REMOVED_KEYWORDS } from '../data/keywords';
import type { KeywordLevel, ModuleSpec } from '../data/types';
import { BUILTIN_MODULES, allModules, findModule, findOption, isBuiltinModuleName } from '../lookup';
import { ansibleModel, flatTasks, isHandlerPath, roleOf, type AnsibleTask } from '../model';
import { hasJinja, moduleArgList, type ModuleArg } from '../xref';

export interface Issue {
  rule: string;
  range: Range;
  args: Record<string, string>;
  variant?: string;
  fixes?: Fix[];
}

/** Become plugins ansible-core ships or routes by their short name (community.general's old names included). */
export const BECOME_METHODS = ['sudo', 'su', 'pbrun', 'pfexec', 'doas', 'dzdo', 'ksu', 'runas', 'machinectl', 'sesu', 'pmrun', 'sudosu', 'enable'];

/** Real modules of common collections whose short names are one typo away from a module we know (never "typos"). */
const NEAR_BUT_REAL = new Set([
  'apk', 'npm', 'gem', 'pkgng', 'pkgin', 'pkg5', 'pkgutil', 'yarn', 'pear', 'snap', 'opkg', 'xbps', 'urpmi', 'zypper', 'pacman', 'portage',
  'homebrew', 'macports', 'slackpkg', 'swdepot', 'svr4pkg', 'apt_rpm', 'apt_repo', 'cronvar', 'sysctl', 'mount', 'ufw', 'at', 'make',
  'archive', 'ini_file', 'iso_extract', 'timezone', 'locale_gen', 'modprobe', 'parted', 'filesystem', 'lvg', 'lvol', 'capabilities',
  'seboolean', 'selinux', 'sefcontext', 'firewalld', 'authorized_key', 'synchronize', 'patch', 'acl', 'docker', 'xml', 'jira', 'git_config',
  'github_release', 'hg', 'bzr', 'svc', 'runit', 'sysrc', 'openrc', 'launchd', 'win_copy', 'win_file', 'win_service', 'win_shell', 'win_command',
  'win_template', 'win_user', 'win_group', 'win_ping', 'win_stat', 'win_uri', 'user_facts', 'group_facts', 'pids', 'ssh_config', 'nmcli',
  'ipify_facts', 'pam_limits', 'pamd', 'alternatives', 'composer', 'cpanm', 'easy_install', 'pip_package_info', 'pipx', 'bower', 'maven_artifact',
]);

const BOOLEAN_WORDS = new Set(['y', 'yes', 'on', '1', 'true', 't', 'n', 'no', 'off', '0', 'false', 'f']);
const IMPORT_PLAYBOOK = new Set(['import_playbook', 'ansible.builtin.import_playbook', 'ansible.legacy.import_playbook']);

const levelHas = (k: string, level: KeywordLevel) => KEYWORD_LEVELS.get(k)?.has(level) ?? false;
const keywordsOf = (level: KeywordLevel) => [...KEYWORD_LEVELS].filter(([, l]) => l.has(level)).map(([k]) => k);

/** The words for the levels in a message (`{where}`, `{levels}`): Korean text says 플레이, not play. */
const LEVEL_WORDS: Record<string, Localized> = {
  play: { ko: '플레이', en: 'play' },
  role: { ko: '롤 항목', en: 'role entry' },
  block: { ko: '블록', en: 'block' },
  task: { ko: '태스크', en: 'task' },
  handler: { ko: '핸들러', en: 'handler' },
};

function localLevels(args: Record<string, string>): Record<string, Localized> | undefined {
  const out: Record<string, Localized> = {};
  for (const k of ['where', 'levels'] as const) {
    const words = args[k]?.split(', ');
    if (!words?.every((w) => LEVEL_WORDS[w])) continue;
    out[k] = { ko: words.map((w) => LEVEL_WORDS[w].ko).join('·'), en: words.map((w) => LEVEL_WORDS[w].en).join(', ') };
  }
  return Object.keys(out).length ? out : undefined;
}

/** The levels a keyword belongs to, as the message lists them (`play`, `block, task`). */
const levelsOf = (k: string) => (k === 'listen' ? 'handler' : [...(KEYWORD_LEVELS.get(k) ?? [])].join(', '));

function moduleNames(): { short: Map<string, string>; fqcn: string[] } {
  const short = new Map<string, string>();
  const fqcn: string[] = [];
  for (const b of BUILTIN_MODULES) {
    short.set(b, b);
    fqcn.push(`ansible.builtin.${b}`);
  }
  for (const m of allModules()) {
    fqcn.push(m.name);
    const s = m.name.split('.').pop()!;
    // A builtin's short name is itself; a collection module is suggested by its FQCN (short routing needs the collection).
    if (!short.has(s)) short.set(s, m.name);
  }
  return { short, fqcn };
}

const cache = new WeakMap<YamlDocModel, Issue[]>();

export function structureIssues(model: DocumentModel, doc: YamlDocModel): Issue[] {
  const hit = cache.get(doc);
  if (hit) return hit;
  const out: Issue[] = [];
  try {
    new Pass(model, doc, out).run();
  } finally {
    cache.set(doc, out);
  }
  return out;
}

/** A rule that reports the structure pass's issues of its id. */
export function structureRule(rule: string): YamlCheck {
  return {
    rule,
    formats: ['ansible-playbook', 'ansible-tasks', 'ansible-vars', 'ansible-inventory'],
    run({ model, unit, report }) {
      if (!('yaml' in unit)) return;
      for (const i of structureIssues(model, unit)) if (i.rule === rule) report(i.range, i.args, i.fixes, i.variant, localLevels(i.args));
    },
  };
}

interface Opt {
  key: string;
  /** The key's range (for reports). */
  range: Range;
  /** The key node's offsets when it is a plain map key (a rename fix can replace it). */
  keyNode?: unknown;
  value: unknown;
  /** The value written as a literal (not Jinja): its text, and the YAML value when it is a scalar node. */
  literal?: string;
  yamlValue?: unknown;
}

class Pass {
  private names?: ReturnType<typeof moduleNames>;
  constructor(private readonly model: DocumentModel, private readonly doc: YamlDocModel, private readonly out: Issue[]) {}

  private range(node: unknown): Range | undefined {
    const r = nodeRange(node as { range?: [number, number, number] });
    return r ? this.model.index.range(r[0], r[1]) : undefined;
  }

  private add(rule: string, node: unknown, args: Record<string, string>, variant?: string, fixes?: Fix[]): void {
    const range = this.range(node);
    if (range) this.out.push({ rule, range, args, variant, fixes });
  }

  private renameFix(keyNode: unknown, to: string): Fix[] | undefined {
    const range = this.range(keyNode);
    if (!range || !isScalar(keyNode) || isQuotedScalar(keyNode)) return undefined;
    return [{ titleId: 'rename', args: { from: String(keyNode.value), to }, edits: [{ range, newText: to }], preferred: true }];
  }

  run(): void {
    const format = this.doc.format;
    const m = ansibleModel(this.doc, this.model.path);
    if (format === 'ansible-playbook') {
      const items = seqItems(this.doc.yaml.doc.contents);
      for (let i = 0; i < items.length && i < m.plays.length + 1000; i++) {
        const item = items[i];
        if (!isMap(item)) continue;
        const play = m.plays.find((p) => p.node === item);
        this.playKeys(item);
        this.becomeMethod(item);
        if (!play) continue;
        for (const s of play.sections) this.tasks(s.tasks, 'play');
        this.tasks(play.handlers, 'play');
      }
    } else if (format === 'ansible-tasks') {
      const role = roleOf(this.model.path);
      this.tasks(m.tasks, isHandlerPath(this.model.path) ? 'handlers' : role?.part === 'tasks' ? 'play' : 'file');
    }
    this.unquotedJinja();
  }

  // ── plays ──────────────────────────────────────────────────────────────────────────────────────────────────
  private playKeys(item: unknown): void {
    const pairs = mapPairs(item);
    if (pairs.some((p) => IMPORT_PLAYBOOK.has(pairKey(p) ?? ''))) return;
    const playWords = keywordsOf('play');
    for (const p of pairs) {
      const k = pairKey(p);
      if (k === null || levelHas(k, 'play')) continue;
      if (k === 'include') {
        this.add('ANS002', p.key, { key: k, replacement: 'import_playbook' }, 'play', this.renameFix(p.key, 'import_playbook'));
        continue;
      }
      if (k in REMOVED_KEYWORDS) {
        this.removed(p, k);
        continue;
      }
      if (KEYWORD_LEVELS.has(k) || k.startsWith('with_')) {
        this.add('ANS001', p.key, { key: k, where: 'play', levels: KEYWORD_LEVELS.has(k) ? levelsOf(k) : 'task' }, 'wrongLevel');
        continue;
      }
      const suggestion = closest(k, playWords);
      if (suggestion) this.add('ANS001', p.key, { key: k, where: 'play', suggestion }, 'suggest', this.renameFix(p.key, suggestion));
      else this.add('ANS001', p.key, { key: k, where: 'play' });
    }
  }

  private removed(p: YamlPair, k: string): void {
    const r = REMOVED_KEYWORDS[k];
    const simple: Record<string, string> = { sudo: 'become', sudo_user: 'become_user', su_user: 'become_user' };
    this.add('ANS002', p.key, { key: k, replacement: r.instead, since: r.since }, undefined, simple[k] ? this.renameFix(p.key, simple[k]) : undefined);
  }

  private becomeMethod(item: unknown): void {
    const v = getValue(item, 'become_method');
    const s = scalarString(v);
    if (s === undefined || hasJinja(s) || s.includes('.') || BECOME_METHODS.includes(s)) return;
    const suggestion = closest(s, BECOME_METHODS);
    this.add('ANS015', v, { value: s, ...(suggestion ? { suggestion } : {}) }, suggestion ? 'suggest' : undefined);
  }

  // ── tasks ──────────────────────────────────────────────────────────────────────────────────────────────────
  /** `where`: 'handlers' (a handlers file), 'play' (a play's tasks or a role's tasks file), 'file' (another task file). */
  private tasks(list: AnsibleTask[], where: 'play' | 'handlers' | 'file'): void {
    for (const t of flatTasks(list)) {
      if (t.level === 'block') this.block(t);
      else this.task(t, where);
      this.becomeMethod(t.node);
    }
  }

  private block(t: AnsibleTask): void {
    const blockWords = keywordsOf('block');
    for (const p of t.pairs) {
      const k = pairKey(p);
      if (k === null || levelHas(k, 'block')) continue;
      if (k in REMOVED_KEYWORDS) {
        this.removed(p, k);
        continue;
      }
      if (KEYWORD_LEVELS.has(k) || k.startsWith('with_')) {
        this.add('ANS001', p.key, { key: k, where: 'block', levels: KEYWORD_LEVELS.has(k) ? levelsOf(k) : 'task' }, 'wrongLevel');
        continue;
      }
      const suggestion = closest(k, blockWords);
      if (suggestion) this.add('ANS001', p.key, { key: k, where: 'block', suggestion }, 'suggest', this.renameFix(p.key, suggestion));
      else this.add('ANS001', p.key, { key: k, where: 'block' }, 'blockModule');
    }
  }

  private task(t: AnsibleTask, where: 'play' | 'handlers' | 'file'): void {
    const taskWords = keywordsOf('task');
    let removedInclude = false;
    for (const p of t.pairs) {
      const k = pairKey(p);
      if (k === null) continue;
      if (k in REMOVED_KEYWORDS) {
        if (k === 'include') {
          removedInclude = true;
          this.add('ANS002', p.key, { key: k, replacement: 'include_tasks / import_tasks', since: REMOVED_KEYWORDS[k].since }, 'task', this.renameFix(p.key, 'include_tasks'));
        } else this.removed(p, k);
      }
      if (k === 'listen' && t.level === 'task' && where === 'play') this.add('ANS001', p.key, { key: k, where: 'task' }, 'listen');
    }
    this.loops(t);
    // Every key that is not a keyword: the module, or a typo, or a second module.
    const candidates = t.modulePair ? [t.modulePair, ...t.strayPairs] : [];
    const known: YamlPair[] = [];
    const other: YamlPair[] = [];
    const isKnown = (k: string) => !!findModule(k) || isBuiltinModuleName(k);
    // Without a module we know, the key may be a module of a collection we do not know (`seport` is not a typo of
    // `port`): a keyword typo is then only one letter off, and never a real module's name.
    const hasKnown = candidates.some((p) => isKnown(pairKey(p)!));
    for (const p of candidates) {
      const k = pairKey(p)!;
      if (isKnown(k)) {
        known.push(p);
        continue;
      }
      if (KEYWORD_LEVELS.has(k)) {
        this.add('ANS001', p.key, { key: k, where: t.level === 'handler' ? 'handler' : 'task', levels: levelsOf(k) }, 'wrongLevel');
        continue;
      }
      const fq = /^ansible\.(builtin|legacy)\.(.+)$/.exec(k);
      if (fq) {
        const s = closest(fq[2], BUILTIN_MODULES);
        const suggestion = s ? `ansible.${fq[1]}.${s}` : undefined;
        this.add('ANS003', p.key, { module: k, ...(suggestion ? { suggestion } : {}) }, suggestion ? 'suggest' : undefined, suggestion ? this.renameFix(p.key, suggestion) : undefined);
        continue;
      }
      const kwNear = closest(k, taskWords);
      const kw = kwNear && (hasKnown || (!NEAR_BUT_REAL.has(k) && editDistance(k.toLowerCase(), kwNear, 1) <= 1)) ? kwNear : undefined;
      const mod = this.moduleSuggestion(k);
      const dk = kw ? editDistance(k.toLowerCase(), kw, 3) : 99;
      const dm = mod ? editDistance(k.toLowerCase(), mod.split('.').pop()!, 3) : 99;
      if (kw && dk <= dm) {
        this.add('ANS001', p.key, { key: k, where: t.level === 'handler' ? 'handler' : 'task', suggestion: kw }, 'suggest', this.renameFix(p.key, kw));
      } else if (mod) {
        this.add('ANS004', p.key, { module: k, suggestion: mod }, undefined, this.renameFix(p.key, mod));
      } else other.push(p);
    }
    for (const p of known.slice(1)) this.add('ANS005', p.key, { module: pairKey(p)!, first: pairKey(known[0])! });
    if (known.length) for (const p of other) this.add('ANS001', p.key, { key: pairKey(p)!, where: 'task', module: pairKey(known[0])! }, 'notKeyword');
    if (!candidates.length && !t.module && !removedInclude && !t.pairs.some((p) => ['rescue', 'always'].includes(pairKey(p) ?? ''))) {
      const first = t.pairs[0];
      if (first) this.add('ANS006', first.key, { name: t.name ?? '' }, t.name ? 'named' : undefined);
    }
    if (known.length === 1 && known[0] === t.modulePair) {
      const spec = findModule(pairKey(known[0])!);
      if (spec) this.options(t, spec, known[0]);
    }
  }

  private moduleSuggestion(k: string): string | undefined {
    this.names ??= moduleNames();
    if (k.includes('.')) {
      // A collection we do not know is none of our business; a known collection with a typo'd module is.
      const coll = k.split('.').slice(0, 2).join('.');
      const inColl = this.names.fqcn.filter((f) => f.startsWith(`${coll}.`));
      const s = closest(k, inColl.length ? inColl : this.names.fqcn.filter((f) => editDistance(f.split('.').slice(0, 2).join('.'), coll, 2) <= 2));
      return s;
    }
    if (NEAR_BUT_REAL.has(k)) return undefined;
    const s = closest(k, [...this.names.short.keys()]);
    return s ? this.names.short.get(s) : undefined;
  }

  private loops(t: AnsibleTask): void {
    const loops = t.pairs.filter((p) => { const k = pairKey(p) ?? ''; return k === 'loop' || k.startsWith('with_'); });
    for (const p of loops.slice(1)) this.add('ANS014', p.key, { key: pairKey(p)!, first: pairKey(loops[0])! });
  }

  // ── module options ─────────────────────────────────────────────────────────────────────────────────────────
  private options(t: AnsibleTask, spec: ModuleSpec, pair: YamlPair): void {
    let opaque = false;
    const value = pair.value;
    const s = isScalar(value) ? scalarString(value) : undefined;
    // A free form is read as `key=value` options unless the module takes a free form or the string is a template.
    let words = false;
    if (isMap(value)) {
      if (mapPairs(value).some((p) => pairKey(p) === null)) opaque = true;
    } else if (s !== undefined) {
      if (spec.freeForm || /^\s*\{[{%]/.test(s)) opaque = true;
      else words = true;
    } else if (value !== null && value !== undefined && !(isScalar(value) && value.value === null)) opaque = true;
    const args = getPair(t.node, 'args');
    if (args && !isMap(args.value)) opaque = true;
    const opts: Opt[] = [];
    for (const a of moduleArgList(this.model, t)) {
      if (a.from === 'free' ? words && a.key !== '_raw' : true) this.optFrom(a, opts);
    }
    const given = new Map<string, Opt>();
    const complete = spec.complete !== false;
    const optionNames = Object.entries(spec.options).flatMap(([n, o]) => [n, ...(o.aliases ?? [])]);
    for (const o of opts) {
      const found = findOption(spec, o.key);
      if (!found) {
        if (!complete || o.key === 'free_form' || o.key === '_raw_params') continue;
        const suggestion = closest(o.key, optionNames);
        const short = spec.name.replace(/^ansible\.builtin\./, '');
        this.addRange('ANS007', o.range, { option: o.key, module: short, ...(suggestion ? { suggestion } : {}) }, suggestion ? 'suggest' : undefined, suggestion && o.keyNode ? this.renameFix(o.keyNode, suggestion) : undefined);
        continue;
      }
      given.set(found.name, o);
      const os = found.spec;
      if (o.literal === undefined) continue;
      if (os.choices && !this.choiceOk(o, os.choices)) {
        this.addRange('ANS008', this.valueRange(o), { option: o.key, value: o.literal, choices: os.choices.map(String).join(', ') });
      } else if (os.type === 'bool' && !this.boolOk(o)) {
        this.addRange('ANS009', this.valueRange(o), { option: o.key, value: o.literal });
      }
    }
    const canon = (n: string) => findOption(spec, n)?.name ?? n;
    const short = spec.name.replace(/^ansible\.builtin\./, '');
    if (!opaque) {
      const missing = Object.entries(spec.options).filter(([n, o]) => o.required && !given.has(n)).map(([n]) => n);
      if (missing.length) this.add('ANS010', pair.key, { module: short, options: missing.join(', ') });
      for (const group of spec.requiredOneOf ?? []) {
        if (!group.some((n) => given.has(canon(n)))) this.add('ANS012', pair.key, { module: short, options: group.join(', ') });
      }
    }
    for (const group of spec.mutuallyExclusive ?? []) {
      const present = [...new Set(group.map(canon))].filter((n) => given.has(n)).sort((a, b) => opts.indexOf(given.get(a)!) - opts.indexOf(given.get(b)!));
      if (present.length > 1) this.addRange('ANS011', given.get(present[1])!.range, { module: short, options: present.map((n) => given.get(n)!.key).join(', ') });
    }
    for (const group of spec.requiredTogether ?? []) {
      const present = group.filter((n) => given.has(canon(n)));
      if (present.length && present.length < group.length && !opaque) {
        const missing = group.filter((n) => !given.has(canon(n)));
        this.addRange('ANS013', given.get(canon(present[0]))!.range, { module: short, given: present.join(', '), missing: missing.join(', ') });
      }
    }
  }

  private addRange(rule: string, range: Range | undefined, args: Record<string, string>, variant?: string, fixes?: Fix[]): void {
    if (range) this.out.push({ rule, range, args, variant, fixes });
  }

  private valueRange(o: Opt): Range {
    return (o.yamlValue !== undefined ? this.range(o.yamlValue) : undefined) ?? o.range;
  }

  /** An option as the checks read it: a mapping entry (its key can be renamed), or a `key=value` word (its key's range when placed). */
  private optFrom(a: ModuleArg, opts: Opt[]): void {
    if (a.from === 'free') {
      const range = a.keySpan ? this.model.index.range(a.keySpan[0], a.keySpan[1]) : this.range(a.node);
      if (range) opts.push({ key: a.key, range, value: a.value, literal: a.value === undefined || hasJinja(a.value) ? undefined : a.value });
      return;
    }
    const range = this.range(a.keyNode);
    if (!range) return;
    const v = a.node === a.keyNode ? null : a.node;
    let literal: string | undefined;
    if (isScalar(v)) {
      const str = scalarString(v);
      if (str !== undefined && !hasJinja(str)) literal = str;
    }
    opts.push({ key: a.key, range, keyNode: a.keyNode, value: v, literal, yamlValue: isScalar(v) ? v : undefined });
  }

  private choiceOk(o: Opt, choices: (string | number | boolean)[]): boolean {
    const v = isScalar(o.yamlValue) ? o.yamlValue.value : o.literal;
    if (v === null || v === undefined) return true;
    const text = String(v);
    if (choices.some((c) => String(c) === text || String(c) === o.literal)) return true;
    // A boolean (YAML `yes`, or `yes` in a key=value string) matches the boolean words among the choices.
    const asBool = typeof v === 'boolean' || BOOLEAN_WORDS.has(text.toLowerCase());
    return asBool && choices.some((c) => typeof c === 'boolean' || BOOLEAN_WORDS.has(String(c).toLowerCase()));
  }

  private boolOk(o: Opt): boolean {
    const v = isScalar(o.yamlValue) ? o.yamlValue.value : o.literal;
    if (v === null || v === undefined || typeof v === 'boolean') return true;
    if (typeof v === 'number') return v === 0 || v === 1;
    return BOOLEAN_WORDS.has(String(v).trim().toLowerCase()) || String(v).trim() === '';
  }

  // ── `key: {{ … }}` ──────────────────────────────────────────────────────────────────────────────────────────
  private unquotedJinja(): void {
    const ydoc = this.doc.yaml;
    const text = this.model.text;
    // Flow maps whose only key is itself a flow map: how YAML reads `{{ x }}`.
    const starts = new Set<number>();
    walk(ydoc.doc.contents, ({ node }) => {
      if (isMap(node) && node.flow && node.items.length === 1) {
        const p = node.items[0] as YamlPair;
        if (isMap(p.key) && (p.key as { flow?: boolean }).flow) {
          const r = nodeRange(node as { range?: [number, number, number] });
          if (r) starts.add(r[0]);
        }
      }
    }, { maxDepth: 100, maxNodes: 200_000 });
    const errorLines = new Set(ydoc.errors.map((e) => this.model.index.positionAt(e.start).line));
    const first = this.model.index.positionAt(ydoc.start).line;
    const last = this.model.index.positionAt(Math.max(ydoc.start, ydoc.end - 1)).line;
    let reported = 0;
    for (let line = first; line <= last && reported < 100; line++) {
      const lineStart = this.model.index.offsetAt({ line, character: 0 });
      const lineEnd = this.model.index.offsetAt({ line: line + 1, character: 0 });
      const lineText = text.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
      const m = /^(\s*(?:-\s+)?(?:[^\s#'"{[-][^:#]*?:\s+)?)(\{\{.*)$/.exec(lineText);
      if (!m || !m[1].trim()) continue;
      const at = lineStart + m[1].length;
      if (!starts.has(at) && !errorLines.has(line)) continue;
      reported++;
      let written = m[2].replace(/\s+$/, '');
      const close = written.lastIndexOf('}}');
      const comment = close >= 0 ? written.indexOf(' #', close) : -1;
      if (comment >= 0) written = written.slice(0, comment).replace(/\s+$/, '');
      const range = this.model.index.range(at, at + written.length);
      // A stray closing quote (`{{ x }}"`, the opening one forgotten): drop it, it belongs to the quotes we add.
      const value = /"$/.test(written) && (written.match(/"/g) ?? []).length % 2 === 1 ? written.slice(0, -1) : written;
      const key = /([^\s-][^:]*?):\s+$/.exec(m[1])?.[1] ?? '';
      const fixes: Fix[] | undefined = close >= 0
        ? [{ titleId: 'quote', edits: [{ range, newText: `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` }], preferred: true }]
        : undefined;
      this.out.push({ rule: 'ANS016', range, args: { key, value: value.length > 60 ? `${value.slice(0, 57)}...` : value }, variant: key ? undefined : 'item', fixes });
    }
  }
}
