import type { YamlCheck } from '../../kinds/yaml';
import { ansibleModel, allTasks } from '../model';
import { findPath, searchDirs } from '../crossfile';
import { argRange, hasJinja, moduleArgs, shortModule, truthy } from '../xref';

/**
 * ANS055: the local file a `template`, `copy` or `script` task sends is not there. The playbook starts, and the task
 * fails on each host when it is reached ("Could not find or access …"), after the tasks before it have already
 * changed the hosts — a warning rather than an error, since nothing stops the run before that. Looked for where
 * Ansible looks (the role's `templates/` or `files/`, the file's folder and its `templates/` / `files/`, the playbook
 * folder above `tasks/`). Not judged: `remote_src: true` (the source is on the host), paths with Jinja, paths outside
 * the workspace, loose files.
 */
export const check: YamlCheck = {
  rule: 'ANS055',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit: doc, report, fs }) {
    if (!fs.available || !fs.contains(model.path)) return;
    const m = ansibleModel(doc, model.path);
    const tasks = allTasks(m);
    for (const t of tasks) {
      const mod = shortModule(t.module);
      if (mod !== 'template' && mod !== 'copy' && mod !== 'script') continue;
      const args = moduleArgs(model, t);
      if (truthy(args.get('remote_src')?.value)) continue;
      let a = mod === 'script' ? (args.get('cmd') ?? args.get('_raw')) : args.get('src');
      if (!a?.value || hasJinja(a.value)) continue;
      let value = a.value.trim();
      if (mod === 'script') {
        value = value.split(/\s+/)[0];
        if (a.span) a = { ...a, span: [a.span[0], a.span[0] + value.length] };
      }
      if (!value) continue;
      if (findPath(fs, searchDirs(model.path, mod === 'template' ? 'templates' : 'files'), value) !== 'missing') continue;
      const range = argRange(model, a);
      if (range) report(range, { module: mod, path: value });
    }
  },
};
