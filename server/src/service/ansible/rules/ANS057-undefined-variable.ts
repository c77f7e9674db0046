import { posix } from 'node:path';
import type { Range } from 'vscode-languageserver-types';
import type { YamlCheck } from '../../kinds/yaml';
import type { DocumentModel } from '../../model';
import { closest } from '../../text';
import { basename, dirOf } from '../../common/paths';
import { getValue, isMap, isScalar, isSeq, mapPairs, pairKey, scalarString, seqItems, type YamlNode } from '../../yaml';
import { ansibleModel, flatTasks, playTasks } from '../model';
import { ansibleWorkspace, findPath, searchDirs } from '../crossfile';
import { EXPRESSION_KEYWORDS } from '../data/keywords';
import { expressionUse, isProvidedVariable, jinjaUses, varsFileKeys, type VarUse } from '../variables';
import { hasJinja, moduleArgs, playRoleRefs, shortModule, taskRoleRefs } from '../xref';

/**
 * ANS057: a variable a Jinja expression uses first (`{{ name… }}`, the start of a bare `when:`) that nothing in the
 * workspace defines: no play, block or task `vars`, `vars_files` or `include_vars` file, group_vars / host_vars,
 * inventory variable, role defaults or vars, `register`, `set_fact`, `loop_var`, and not a name Ansible provides
 * (`item`, magic variables, `ansible_*` facts). `--extra-vars` cannot be seen, so this is a hint, once per name; it
 * says nothing for a playbook with `vars_prompt`, a play using a role that is not in the workspace, expressions with
 * a `default` filter or an `is defined` test, and until the index is complete.
 */
export const check: YamlCheck = {
  rule: 'ANS057',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit: doc, report, workspace, fs }) {
    const m = ansibleModel(doc, model.path);
    if (m.plays.some((p) => getValue(p.node, 'vars_prompt') !== undefined)) return;
    const all = ansibleWorkspace(workspace, model);
    if (!all || !fs.available) return;
    const defined = new Set<string>();
    // vars files Ansible reads by name: vars_files, include_vars, group_vars / host_vars files without a YAML name.
    const readKeys = (abs: string) => {
      const text = fs.contains(abs) && fs.exists(abs) && !fs.isDirectory(abs) ? fs.readFile(abs) : undefined;
      if (text) for (const k of varsFileKeys(text)) defined.add(k);
    };
    const roles = new Set<string>();
    for (const f of all) {
      for (const n of f.ansible?.vars ?? []) defined.add(n);
      for (const n of f.ansible?.defines ?? []) defined.add(n);
      for (const n of f.inventory?.vars ?? []) defined.add(n);
      if (f.ansible?.role) roles.add(f.ansible.role.name);
    }
    // The vars files other playbooks read (this file may be one of their task files): their top-level keys.
    let budget = 200;
    for (const f of all) {
      for (const v of f.ansible?.varsFiles ?? []) {
        if (budget-- <= 0) break;
        for (const d of searchDirs(f.path, 'vars')) readKeys(posix.resolve(d, v));
      }
    }
    const readVars = (p: string, kind: 'vars' | 'tasks'): boolean => {
      if (hasJinja(p)) return false;
      if (findPath(fs, searchDirs(model.path, kind), p) !== 'found') return false;
      for (const d of searchDirs(model.path, kind)) readKeys(posix.resolve(d, p));
      return true;
    };
    const dir = dirOf(model.path);
    for (const d of [dir, posix.dirname(dir), posix.dirname(posix.dirname(dir))]) {
      for (const sub of ['group_vars', 'host_vars']) {
        for (const e of fs.readDir(posix.join(d, sub)) ?? []) if (e.file && !/\.(ya?ml|json)$/i.test(e.name)) readKeys(posix.join(d, sub, e.name));
      }
    }
    const plays = m.plays.filter((play) => {
      const refs = [...playRoleRefs(play), ...taskRoleRefs(model, playTasks(play))];
      if (refs.some((r) => hasJinja(r.name) || !roles.has(basename(r.name)))) return false;
      for (const item of seqItems(getValue(play.node, 'vars_files'))) {
        const alts = isSeq(item) ? seqItems(item) : [item];
        if (!alts.some((a) => readVars(scalarString(a) ?? '{{', 'vars'))) return false;
      }
      return true;
    });
    const tasks = [...plays.flatMap((p) => [...playTasks(p), ...flatTasks(p.handlers)]), ...flatTasks(m.tasks)];
    for (const t of tasks) {
      if (shortModule(t.module) !== 'include_vars') continue;
      const a = moduleArgs(model, t);
      const file = a.get('file')?.value ?? a.get('_raw')?.value;
      if (a.has('dir') || !file || !readVars(file, 'vars')) return;
    }
    const seen = new Set<string>();
    const judge = (use: VarUse, s: string, node: YamlNode) => {
      if (seen.has(use.name) || defined.has(use.name) || isProvidedVariable(use.name)) return;
      seen.add(use.name);
      const range = useRange(model, s, node, use);
      if (!range) return;
      const suggestion = closest(use.name, [...defined].filter((n) => !n.startsWith('ansible_')));
      if (suggestion) report(range, { name: use.name, suggestion }, undefined, 'suggest');
      else report(range, { name: use.name });
    };
    const walk = (node: unknown, key: string | undefined, depth: number) => {
      if (depth > 40 || seen.size > 100) return;
      if (isScalar(node)) {
        const s = scalarString(node);
        if (s === undefined || typeof (node as { value: unknown }).value !== 'string') return;
        if (key && EXPRESSION_KEYWORDS.has(key)) {
          const u = expressionUse(s);
          if (u) judge(u, s, node as YamlNode);
        }
        for (const u of jinjaUses(s)) judge(u, s, node as YamlNode);
      } else if (isMap(node)) {
        for (const p of mapPairs(node)) walk(p.value, pairKey(p) ?? undefined, depth + 1);
      } else if (isSeq(node)) {
        for (const i of seqItems(node)) walk(i, key && EXPRESSION_KEYWORDS.has(key) ? key : undefined, depth + 1);
      }
    };
    for (const play of plays) walk(play.node, undefined, 0);
    if (m.tasks.length) walk(doc.yaml.doc.contents, undefined, 0);
  },
};

/** The name's own range when the scalar is written as its value (plain or quoted on one line), else the scalar's. */
function useRange(model: DocumentModel, s: string, node: YamlNode, use: VarUse): Range | undefined {
  const r = (node as { range?: [number, number, number] }).range;
  if (!r) return undefined;
  const src = model.text.slice(r[0], r[1]);
  const start = src === s ? r[0] : src.length === s.length + 2 && src.slice(1, -1) === s && !s.includes('\\') ? r[0] + 1 : undefined;
  if (start === undefined) return { start: model.index.positionAt(r[0]), end: model.index.positionAt(r[1]) };
  return { start: model.index.positionAt(start + use.at), end: model.index.positionAt(start + use.at + use.name.length) };
}
