import type { YamlCheck } from '../../kinds/yaml';
import type { Fix } from '../../types';
import { closest } from '../../text';
import { ansibleModel, flatTasks, playTasks } from '../model';
import { playHandlers, workspaceHandlers } from '../handlers';
import { argRange, hasJinja, notifyForms, notifyRefs, type NameRef } from '../xref';

/**
 * ANS050: a `notify` naming no handler the play can reach — ansible-playbook stops with "The requested handler … was
 * not found". A play's own handlers (and the handler files it imports), its roles' handlers and `listen` topics count;
 * in a task file, whose play is not known, any handler of the workspace does. Names with Jinja are not judged, nor
 * plays whose roles or handler imports are not all in the workspace. The closest handler is offered ("did you mean");
 * handlers under a misspelled `handler:` key are named as such (Ansible never reads them).
 */
export const check: YamlCheck = {
  rule: 'ANS050',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit: doc, report, workspace, fs }) {
    const m = ansibleModel(doc, model.path);
    const judge = (refs: NameRef[], names: Set<string>, stray: Map<string, string>) => {
      for (const ref of refs) {
        if (hasJinja(ref.name) || notifyForms(ref.name).some((n) => names.has(n))) continue;
        const range = argRange(model, ref);
        if (!range) continue;
        const strayName = stray.has(ref.name) ? ref.name : (closest(ref.name, stray.keys()) ?? sameObject(ref.name, stray.keys()));
        if (strayName) {
          report(range, { name: ref.name, handler: strayName, section: stray.get(strayName)! }, undefined, 'straySection');
          continue;
        }
        const suggestion = closest(ref.name, names) ?? sameObject(ref.name, names);
        if (!suggestion) {
          report(range, { name: ref.name });
          continue;
        }
        const fix: Fix = { titleId: 'rename', args: { from: ref.name, to: suggestion }, edits: [{ range, newText: replacement(model.text, ref, suggestion) }], preferred: true };
        report(range, { name: ref.name, suggestion }, [fix], 'suggest');
      }
    };
    for (const play of m.plays) {
      const refs = [...playTasks(play), ...flatTasks(play.handlers)].flatMap(notifyRefs);
      if (!refs.length) continue;
      const known = playHandlers(model, play, fs, workspace);
      if (known.complete) judge(refs, known.names, known.stray);
    }
    const refs = flatTasks(m.tasks).flatMap(notifyRefs);
    if (!refs.length) return;
    const known = workspaceHandlers(model, workspace);
    if (known.complete) judge(refs, known.names, new Map());
  },
};

/** The new name as the old one was written: in the same quotes, or plain when it can be. */
function replacement(text: string, ref: NameRef, name: string): string {
  const r = (ref.node as { range?: [number, number, number] }).range;
  const q = r ? text[r[0]] : '';
  if (q === '"') return JSON.stringify(name);
  if (q === "'") return `'${name.replace(/'/g, "''")}'`;
  return /^[\w][\w .()/-]*$/.test(name) && !/\s$/.test(name) ? name : JSON.stringify(name);
}

/** `reload nginx` for `restart nginx`: the same words after the verb. */
function sameObject(name: string, names: Iterable<string>): string | undefined {
  const tail = (s: string) => s.toLowerCase().split(/\s+/).slice(1).join(' ');
  const t = tail(name);
  if (!t) return undefined;
  for (const n of names) if (tail(n) === t) return n;
  return undefined;
}
