import type { YamlCheck } from '../../kinds/yaml';
import { getValue, isScalar, isSeq, scalarString, seqItems, type YamlNode } from '../../yaml';
import { ansibleModel, allTasks } from '../model';
import { findPath, searchDirs, type PathKind } from '../crossfile';
import { argRange, hasJinja, moduleArgs, shortModule } from '../xref';

/**
 * ANS054: a file the play cannot do without is not there: `import_playbook`, `vars_files`, `include_tasks` /
 * `import_tasks`, `include_vars`. An import or `vars_files` stops the whole playbook before it starts; an include
 * fails its task when reached (and with it the host's play). Looked for where Ansible looks (the file's folder, the
 * role's folders, the playbook folder above `tasks/`); paths with Jinja, outside the workspace or in a loose file are
 * not judged.
 */
export const check: YamlCheck = {
  rule: 'ANS054',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit: doc, report, fs }) {
    if (!fs.available || !fs.contains(model.path)) return;
    const m = ansibleModel(doc, model.path);
    const judge = (key: string, kind: PathKind, paths: { value: string; node: YamlNode; span?: [number, number] }[]) => {
      const live = paths.filter((p) => p.value && !hasJinja(p.value));
      if (!live.length || live.length < paths.length) return;
      const dirs = searchDirs(model.path, kind);
      if (live.some((p) => findPath(fs, dirs, p.value) !== 'missing')) return;
      const range = argRange(model, live[0]);
      if (range) report(range, { key, path: live.map((p) => p.value).join(', ') });
    };
    for (const play of m.plays) {
      for (const key of ['import_playbook', 'ansible.builtin.import_playbook']) {
        const v = getValue(play.node, key);
        const s = scalarString(v);
        if (s && isScalar(v)) judge('import_playbook', 'playbook', [{ value: s.trim().split(/\s+/)[0], node: v as YamlNode }]);
      }
      for (const item of seqItems(getValue(play.node, 'vars_files'))) {
        // A list inside the list: the first of them that exists is read.
        const alts = isSeq(item) ? seqItems(item) : [item];
        const paths = alts.map((a) => ({ value: scalarString(a) ?? '', node: a as YamlNode }));
        judge('vars_files', 'vars', paths);
      }
    }
    const tasks = allTasks(m);
    for (const t of tasks) {
      const mod = shortModule(t.module);
      if (mod !== 'include_tasks' && mod !== 'import_tasks' && mod !== 'include_vars') continue;
      const args = moduleArgs(model, t);
      if (mod === 'include_vars' && args.has('dir')) {
        const d = args.get('dir')!;
        if (d.value) judge('include_vars', 'vars', [{ value: d.value, node: d.node, span: d.span }]);
        continue;
      }
      const a = args.get('file') ?? args.get('_raw');
      if (a?.value) judge(mod, mod === 'include_vars' ? 'vars' : 'tasks', [{ value: a.value, node: a.node, span: a.span }]);
    }
  },
};
