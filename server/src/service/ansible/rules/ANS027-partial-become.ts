import type { YamlCheck } from '../../kinds/yaml';
import type { DocumentModel } from '../../model';
import type { Fix } from '../../types';
import { getPair, nodeRange, scalarValue, type YamlPair } from '../../yaml';
import { ansibleModel, tasksOf } from '../model';
import { rangeOf } from './practice';

/** `become: true` on a new line right after the `become_user` pair, at its indentation. */
function addBecome(model: DocumentModel, pair: YamlPair): Fix | undefined {
  const k = nodeRange(pair.key as { range?: [number, number, number] });
  if (!k) return undefined;
  const v = nodeRange(pair.value as { range?: [number, number, number] });
  const line = model.index.positionAt(v ? v[1] : k[1]).line;
  const keyLine = model.index.positionAt(k[0]).line;
  if (line !== keyLine) return undefined;
  const indent = k[0] - model.index.lineStart(keyLine);
  const at = model.index.lineEnd(line);
  const eol = model.text.includes('\r\n') ? '\r\n' : '\n';
  return { titleId: 'addBecome', edits: [{ range: model.index.range(at, at), newText: `${eol}${' '.repeat(indent)}become: true` }], preferred: true };
}

/** What a `become` value means: off (false, no), on, or undefined when not given. A template counts as on. */
function becomeOf(node: unknown): 'on' | 'off' | undefined {
  const p = getPair(node, 'become');
  if (!p) return undefined;
  const v = scalarValue(p.value);
  return v === false || (typeof v === 'string' && /^(false|no|off)$/i.test(v.trim())) ? 'off' : 'on';
}

/**
 * ANS027 (ansible-lint partial-become): `become_user` where privilege escalation is not on. Without `become: true`
 * (on the task, an enclosing block or the play) Ansible ignores `become_user` and runs as the connecting user. In a
 * task file the including play may turn `become` on: only its own blocks are looked at, and nothing is reported
 * when none of them says.
 */
export const check: YamlCheck = {
  rule: 'ANS027',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    const fire = (pair: YamlPair, state: 'off' | undefined, own: boolean) => {
      const range = rangeOf(model, pair.key);
      if (!range) return;
      const fix = own && state === 'off' ? undefined : addBecome(model, pair);
      report(range, { user: String(scalarValue(pair.value) ?? '') }, fix ? [fix] : undefined, state === 'off' ? 'off' : undefined);
    };
    for (const play of ansibleModel(unit, model.path).plays) {
      const pair = getPair(play.node, 'become_user');
      const state = becomeOf(play.node);
      if (pair && state !== 'on') fire(pair, state, true);
    }
    for (const { task, blocks, play } of tasksOf(unit, model.path)) {
      const pair = getPair(task.node, 'become_user');
      if (!pair) continue;
      let state: 'on' | 'off' | undefined;
      let own = false;
      for (const [i, node] of [task.node, ...blocks.map((b) => b.node).reverse(), play?.node].entries()) {
        if (!node) continue;
        state = becomeOf(node);
        if (state) {
          own = i === 0;
          break;
        }
      }
      if (state === 'on') continue;
      // Nothing says, in a task file: the play that includes it decides.
      if (!state && !play) continue;
      // The play's own become_user is reported there; a task inheriting both says nothing new.
      fire(pair, state, own);
    }
  },
};
