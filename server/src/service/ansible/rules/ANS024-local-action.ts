import type { YamlCheck } from '../../kinds/yaml';
import type { DocumentModel } from '../../model';
import type { Fix } from '../../types';
import { getPair, isMap, isScalar, mapPairs, nodeRange, pairKey, scalarString, type YamlPair } from '../../yaml';
import { tasksOf } from '../model';
import { rangeOf, yamlString } from './practice';

const eolOf = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');

/** The last line a pair's value ends on (trailing blank lines of a block value not counted). */
function lastLine(model: DocumentModel, pair: YamlPair): number | undefined {
  const k = nodeRange(pair.key as { range?: [number, number, number] });
  const v = nodeRange(pair.value as { range?: [number, number, number] });
  if (!k) return undefined;
  let end = v ? v[1] : k[1];
  while (end > k[1] && /\s/.test(model.text[end - 1] ?? '')) end--;
  return model.index.positionAt(end).line;
}

/** `local_action: <module> args` or `local_action:` with a `module:` key → `<module>: …` and `delegate_to: localhost`. */
function rewrite(model: DocumentModel, pair: YamlPair): Fix | undefined {
  const k = nodeRange(pair.key as { range?: [number, number, number] });
  const last = lastLine(model, pair);
  if (!k || last === undefined) return undefined;
  const keyLine = model.index.positionAt(k[0]).line;
  const indent = ' '.repeat(k[0] - model.index.lineStart(keyLine));
  const eol = eolOf(model.text);
  const end = model.index.lineEnd(last);
  const v = pair.value;
  let head: string;
  if (isScalar(v) && typeof v.value === 'string') {
    if (last !== keyLine || /[\r\n]/.test(v.value)) return undefined;
    const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(v.value);
    if (!m) return undefined;
    const vr = nodeRange(v as { range?: [number, number, number] })!;
    const after = model.text.slice(vr[1], end); // a trailing comment
    head = `${m[1]}:${m[2] ? ` ${yamlString(m[2])}` : ''}${after}`;
  } else if (isMap(v) && !(v as { flow?: boolean }).flow) {
    const modPair = getPair(v, 'module');
    const mod = scalarString(modPair?.value);
    if (!modPair || !mod || mapPairs(v).some((p) => pairKey(p) === null)) return undefined;
    const mk = nodeRange(modPair.key as { range?: [number, number, number] })!;
    const modFirst = model.index.positionAt(mk[0]).line;
    const modLast = lastLine(model, modPair)!;
    if (modFirst === keyLine || model.text.slice(model.index.lineStart(modFirst), mk[0]).trim() !== '') return undefined;
    const rest = model.index.lineText(modLast).slice(model.index.positionAt(nodeRange(modPair.value as { range?: [number, number, number] })?.[1] ?? mk[1]).character);
    if (rest.trim() && !rest.trim().startsWith('#')) return undefined;
    const lines: string[] = [];
    for (let l = keyLine; l <= last; l++) if (l < modFirst || l > modLast) lines.push(l === keyLine ? model.index.lineText(l).slice(k[0] - model.index.lineStart(keyLine)) : model.index.lineText(l));
    head = lines.join(eol).replace(/^local_action:/, `${mod}:`);
  } else return undefined;
  return { titleId: 'delegate', edits: [{ range: model.index.range(k[0], end), newText: `${head}${eol}${indent}delegate_to: localhost` }], preferred: true };
}

/**
 * ANS024 (ansible-lint deprecated-local-action): `local_action:` is the old shorthand for running a task on the
 * control node. Write the module as usual and add `delegate_to: localhost`: the task reads like every other one and
 * the module's options are checked. Quick fix for a one-line `local_action: module args` and for a block with
 * `module:`; none when the task already has `delegate_to`.
 */
export const check: YamlCheck = {
  rule: 'ANS024',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run({ model, unit, report }) {
    for (const { task } of tasksOf(unit, model.path)) {
      const pair = getPair(task.node, 'local_action');
      if (!pair) continue;
      const range = rangeOf(model, pair.key);
      if (!range) continue;
      const fix = getPair(task.node, 'delegate_to') ? undefined : rewrite(model, pair);
      report(range, { module: task.module ?? 'local_action' }, fix ? [fix] : undefined);
    }
  },
};
