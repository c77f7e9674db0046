// The inventory pass (ANS070–ANS075): behavioural variables with a typo (`anssible_host`), words after a host that
// are not `key=value` (`ansible_user-ubuntu`), `:children` naming a group this file never defines, unreadable
// section headers and host ranges, a group's section written twice. INI inventories (inventory.ts) and YAML ones.
import type { Range } from 'vscode-languageserver-types';
import type { UnitCheck } from '../../rules/check';
import type { DocumentModel } from '../../model';
import type { YamlDocModel } from '../../kinds/yaml';
import type { Fix } from '../../types';
import { closest, editDistance } from '../../text';
import { getValue, isScalar, isQuotedScalar, mapPairs, nodeRange, pairKey } from '../../yaml';
import type { InventoryUnit } from '../inventory';
import { allVariables } from '../lookup';
import type { Issue } from './structure';

/** The documented behavioural inventory variables (ansible-core 2.17), besides those our variable table lists. */
export const BEHAVIOURAL_VARS = [
  'ansible_host', 'ansible_port', 'ansible_user', 'ansible_password', 'ansible_connection', 'ansible_ssh_private_key_file',
  'ansible_ssh_common_args', 'ansible_ssh_extra_args', 'ansible_sftp_extra_args', 'ansible_scp_extra_args', 'ansible_ssh_pipelining',
  'ansible_ssh_executable', 'ansible_become', 'ansible_become_method', 'ansible_become_user', 'ansible_become_password',
  'ansible_become_pass', 'ansible_become_exe', 'ansible_become_flags', 'ansible_shell_type', 'ansible_python_interpreter',
  'ansible_shell_executable', 'ansible_ssh_host', 'ansible_ssh_port', 'ansible_ssh_user', 'ansible_ssh_pass', 'ansible_private_key_file',
  'ansible_timeout', 'ansible_network_os', 'ansible_host_key_checking', 'ansible_ssh_host_key_checking', 'ansible_sudo_pass',
  'ansible_ssh_retries', 'ansible_ssh_transfer_method', 'ansible_pipelining', 'ansible_connection_timeout', 'ansible_command_timeout',
];

/** Connection plugins' own variables (`ansible_winrm_transport`, `ansible_docker_extra_args` …): never second-guessed. */
const PLUGIN_PREFIX = /^ansible_(winrm|psrp|paramiko|docker|podman|kubectl|httpapi|netconf|libssh|aws_ssm|network|ssh|sftp|scp|become|local|lxc|lxd|chroot|jail|buildah|vmware|ssm)_/;

let known: string[] | undefined;
function knownVars(): string[] {
  known ??= [...new Set([...allVariables().filter((v) => v.kind === 'connection').map((v) => v.name), ...BEHAVIOURAL_VARS])];
  return known;
}

/** A variable name meant to be a behavioural one: starts like `ansible_` (within two typos) and is not a known one. */
export function behaviouralTypo(name: string): string | undefined {
  const vars = knownVars();
  if (vars.includes(name) || !name.includes('_')) return undefined;
  const head = name.slice(0, name.indexOf('_')).toLowerCase();
  if (head !== 'ansible' && editDistance(head, 'ansible', 2) > 2) return undefined;
  if (head === 'ansible' && PLUGIN_PREFIX.test(name) && !/^ansible_(ssh|become)_/.test(name)) return undefined;
  return closest(name, vars);
}

const cache = new WeakMap<object, Issue[]>();

export function inventoryIssues(model: DocumentModel, unit: InventoryUnit | YamlDocModel): Issue[] {
  const hit = cache.get(unit);
  if (hit) return hit;
  const out: Issue[] = [];
  cache.set(unit, out);
  if ('inventory' in unit) iniIssues(model, unit, out);
  else if ('yaml' in unit && unit.format === 'ansible-inventory') yamlIssues(model, unit, out);
  return out;
}

export function inventoryRule(rule: string): UnitCheck<InventoryUnit | YamlDocModel> {
  return {
    rule,
    formats: ['ansible-inventory'],
    run({ model, unit, report }) {
      for (const i of inventoryIssues(model, unit)) if (i.rule === rule) report(i.range, i.args, i.fixes, i.variant);
    },
  };
}

const rename = (range: Range, from: string, to: string): Fix[] => [{ titleId: 'rename', args: { from, to }, edits: [{ range, newText: to }], preferred: true }];

function lineRange(_model: DocumentModel, line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** The words of a host line after the host name, as Ansible's shlex split reads them (quotes kept), until a comment. */
function words(text: string, from: number): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  let i = from;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length || text[i] === '#') break;
    const start = i;
    while (i < text.length && !/\s/.test(text[i])) {
      if (text[i] === '"' || text[i] === "'") {
        const q = text[i];
        i++;
        while (i < text.length && text[i] !== q) i += text[i] === '\\' && q === '"' ? 2 : 1;
      }
      i++;
    }
    out.push({ word: text.slice(start, Math.min(i, text.length)), start });
  }
  return out;
}

function iniIssues(model: DocumentModel, unit: InventoryUnit, out: Issue[]): void {
  const inv = unit.inventory;
  const lines = model.text.split(/\r\n|\r|\n/);
  const checkVar = (key: string, line: number, start: number) => {
    const suggestion = behaviouralTypo(key);
    if (!suggestion) return;
    const range = lineRange(model, line, start, start + key.length);
    out.push({ rule: 'ANS070', range, args: { name: key, suggestion }, fixes: rename(range, key, suggestion) });
  };
  const vars = knownVars();
  for (const g of inv.groups.values()) {
    for (const h of g.hosts) {
      for (const v of h.vars) checkVar(v.key, v.line, v.start);
      for (const w of words(lines[h.line] ?? '', h.end)) {
        if (w.word.includes('=')) continue;
        const range = lineRange(model, h.line, w.start, w.start + w.word.length);
        // `ansible_user-ubuntu`, `ansible_port:22`: a known variable joined to its value by the wrong character.
        const joined = /^([A-Za-z_]+?)[-:](.+)$/.exec(w.word);
        const name = joined && (vars.includes(joined[1]) ? joined[1] : behaviouralTypo(joined[1]));
        if (joined && name) {
          out.push({ rule: 'ANS071', range, args: { word: w.word, host: h.name, suggestion: `${name}=${joined[2]}` }, variant: 'joined', fixes: [{ titleId: 'replace', args: { to: `${name}=${joined[2]}` }, edits: [{ range, newText: `${name}=${joined[2]}` }], preferred: true }] });
        } else out.push({ rule: 'ANS071', range, args: { word: w.word, host: h.name } });
      }
    }
    for (const v of g.vars) {
      if ((lines[v.line] ?? '').includes('=')) checkVar(v.key, v.line, v.start);
      else out.push({ rule: 'ANS071', range: lineRange(model, v.line, v.start, v.end), args: { word: v.key, group: g.name }, variant: 'groupVar' });
    }
  }
  // `[x:children]` names: a group needs a `[name]` or `[name:children]` section in this file.
  const defined = (name: string) => name === 'all' || name === 'ungrouped' || (inv.groups.get(name)?.sections.some((s) => s.kind !== 'vars') ?? false);
  for (const g of inv.groups.values()) {
    for (const c of g.children) {
      if (defined(c.name)) continue;
      const suggestion = closest(c.name, [...inv.groups.values()].filter((x) => defined(x.name) && x.name !== g.name).map((x) => x.name));
      out.push({ rule: 'ANS072', range: lineRange(model, c.line, c.start, c.end), args: { group: c.name, parent: g.name, ...(suggestion ? { suggestion } : {}) }, variant: suggestion ? 'suggest' : undefined, fixes: suggestion ? rename(lineRange(model, c.line, c.start, c.end), c.name, suggestion) : undefined });
    }
    if (g.name !== 'all' && g.name !== 'ungrouped' && !defined(g.name) && !g.children.length) {
      const s = g.sections.find((x) => x.kind === 'vars');
      const referenced = [...inv.groups.values()].some((x) => x.children.some((c) => c.name === g.name));
      if (s && !referenced) out.push({ rule: 'ANS072', range: lineRange(model, s.line, s.start, s.end), args: { group: g.name, parent: '' }, variant: 'varsOnly' });
    }
    // The same kind of section twice: Ansible merges them (fine, but easy to lose track of).
    const seen = new Map<string, number>();
    for (const s of g.sections) {
      const first = seen.get(s.kind);
      if (first === undefined) seen.set(s.kind, s.line);
      else out.push({ rule: 'ANS075', range: lineRange(model, s.line, s.start, s.end), args: { group: g.name, kind: s.kind, line: String(first + 1) }, variant: s.kind === 'hosts' ? undefined : 'kind' });
    }
  }
  for (const p of inv.problems) {
    const range = lineRange(model, p.line, p.start, p.end);
    const text = (lines[p.line] ?? '').slice(p.start, p.end).trim();
    out.push({ rule: p.what === 'section' ? 'ANS073' : 'ANS074', range, args: { text } });
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

function yamlIssues(model: DocumentModel, doc: YamlDocModel, out: Issue[]): void {
  const check = (map: unknown) => {
    for (const p of mapPairs(map)) {
      const k = pairKey(p);
      const r = nodeRange(p.key as { range?: [number, number, number] });
      if (k === null || !r) continue;
      const suggestion = behaviouralTypo(k);
      if (!suggestion) continue;
      const range = model.index.range(r[0], r[1]);
      out.push({ rule: 'ANS070', range, args: { name: k, suggestion }, fixes: isScalar(p.key) && !isQuotedScalar(p.key) ? rename(range, k, suggestion) : undefined });
    }
  };
  const read = (groups: unknown, depth: number) => {
    if (depth > 20) return;
    for (const g of mapPairs(groups)) {
      check(getValue(g.value, 'vars'));
      for (const h of mapPairs(getValue(g.value, 'hosts'))) check(h.value);
      read(getValue(g.value, 'children'), depth + 1);
    }
  };
  read(doc.yaml.doc.contents, 0);
}
