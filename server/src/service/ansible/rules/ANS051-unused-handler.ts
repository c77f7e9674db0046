import type { YamlCheck } from '../../kinds/yaml';
import type { FileFacts } from '../../workspace/facts';
import { getValue } from '../../yaml';
import { ansibleModel, type AnsibleTask, flatTasks, playTasks, allTasks } from '../model';
import { ansibleWorkspace } from '../crossfile';
import { includedTaskFile } from '../handlers';
import { handlerKeys, hasJinja, notifyForms, notifyRefs, playRoleRefs, rangeOfNode, taskRoleRefs } from '../xref';

/**
 * ANS051: a handler nothing notifies — by its name or a `listen` topic — so it never runs. A play's handlers are
 * looked for in the same file's notifies (and, when the play includes task files or uses roles, in every task file of
 * the workspace); a handlers file's in the whole workspace (only once the index is complete). A `notify` with Jinja
 * may name any handler: then nothing is said.
 */
export const check: YamlCheck = {
  rule: 'ANS051',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit: doc, report, workspace }) {
    const m = ansibleModel(doc, model.path);
    const own = new Set<string>();
    let dynamic = false;
    const all = allTasks(m);
    for (const t of all) {
      for (const r of notifyRefs(t)) {
        if (hasJinja(r.name)) dynamic = true;
        for (const n of notifyForms(r.name)) own.add(n);
      }
    }
    if (dynamic) return;
    const judge = (handlers: AnsibleTask[], notified: Set<string>) => {
      for (const h of flatTasks(handlers)) {
        if (h.level !== 'handler' || includedTaskFile(model, h)) continue;
        const keys = handlerKeys(h);
        if (!keys.length || keys.some((k) => hasJinja(k) || notified.has(k))) continue;
        const range = rangeOfNode(model, getValue(h.node, 'name') ?? getValue(h.node, 'listen'));
        if (range) report(range, { name: h.name ?? keys[0] });
      }
    };
    // Every notify of the workspace's task files and playbooks, or undefined (not knowable yet).
    const everywhere = (): Set<string> | undefined => {
      const facts = ansibleWorkspace(workspace, model);
      if (!facts) return undefined;
      const out = new Set(own);
      for (const f of facts) if (addNotifies(f, out)) return undefined;
      return out;
    };
    for (const play of m.plays) {
      if (!play.handlers.length) continue;
      const tasks = playTasks(play);
      const reaches = playRoleRefs(play).length > 0 || taskRoleRefs(model, tasks).length > 0 || tasks.some((t) => includedTaskFile(model, t));
      const notified = reaches ? everywhere() : own;
      if (notified) judge(play.handlers, notified);
    }
    if (m.tasks.some((t) => t.level === 'handler')) {
      const notified = everywhere();
      if (notified) judge(m.tasks, notified);
    }
  },
};

/** Adds a file's notifies; true when one of them has Jinja (any handler may be meant). */
function addNotifies(f: FileFacts, out: Set<string>): boolean {
  if (f.ansible?.dynamicNotify) return true;
  for (const n of f.ansible?.notifies ?? []) for (const x of notifyForms(n)) out.add(x);
  return false;
}
