import { posix } from 'node:path';
import type { YamlCheck } from '../../kinds/yaml';
import { closest } from '../../text';
import { dirOf } from '../../common/paths';
import { ansibleModel, flatTasks, playTasks } from '../model';
import { findRole, roleRoot } from '../crossfile';
import { argRange, playRoleRefs, taskRoleRefs, type NameRef } from '../xref';

/**
 * ANS053: a role (`roles:`, `include_role`, `import_role`) that is in none of the folders Ansible looks in — `roles/`
 * beside the playbook, the playbook's folder, an ansible.cfg `roles_path` inside the workspace: the play stops with
 * "the role … was not found". Quiet for Galaxy and collection roles (`user.role`, `ns.coll.role`), names with Jinja,
 * roles a requirements file lists (installed by `ansible-galaxy`), and outside a workspace.
 */
export const check: YamlCheck = {
  rule: 'ANS053',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit: doc, report, fs }) {
    if (!fs.available || !fs.contains(model.path)) return;
    const m = ansibleModel(doc, model.path);
    const refs: NameRef[] = [];
    for (const play of m.plays) refs.push(...playRoleRefs(play), ...taskRoleRefs(model, playTasks(play)));
    refs.push(...taskRoleRefs(model, flatTasks(m.tasks)));
    for (const ref of refs) {
      if (findRole(fs, model.path, ref.name) !== 'missing') continue;
      const range = argRange(model, ref);
      if (!range) continue;
      const role = roleRoot(model.path);
      const folders = [posix.join(dirOf(model.path), 'roles'), ...(role ? [posix.dirname(role)] : [])];
      const names = folders.flatMap((d) => (fs.readDir(d) ?? []).filter((e) => e.dir).map((e) => e.name));
      const suggestion = closest(ref.name, names);
      if (suggestion) report(range, { name: ref.name, suggestion }, [{ titleId: 'rename', args: { from: ref.name, to: suggestion }, edits: [{ range, newText: suggestion }], preferred: true }], 'suggest');
      else report(range, { name: ref.name });
    }
  },
};
