import { posix } from 'node:path';
import type { YamlCheck } from '../../kinds/yaml';
import { closest } from '../../text';
import { dirOf } from '../../common/paths';
import { getValue } from '../../yaml';
import { ansibleModel } from '../model';
import { ansibleWorkspace } from '../crossfile';
import { hasJinja, rangeOfNode } from '../xref';

const IMPLICIT = new Set(['all', 'localhost', 'ungrouped', '127.0.0.1', '::1']);

/**
 * ANS056: `hosts:` names a group (or host) that no inventory near the playbook defines: Ansible warns "Could not
 * match supplied host pattern" and skips the play without running anything. Only plain names are judged (not `all`,
 * `localhost`, patterns with `:`, `*`, `!`, `&`, `,` or Jinja), only when an inventory lies in the playbook's folder
 * or the folder above it (or their `inventory/` / `inventories/` folders), and never when a file there adds hosts
 * while it runs (`add_host`, `group_by`). Another inventory (`-i`, a dynamic one) may still define it: information.
 */
export const check: YamlCheck = {
  rule: 'ANS056',
  formats: ['ansible-playbook'],
  run({ model, unit: doc, report, workspace, fs }) {
    const plays = ansibleModel(doc, model.path).plays.filter((p) => p.hosts && !IMPLICIT.has(p.hosts.trim()) && /^[\w.-]+$/.test(p.hosts.trim()) && !hasJinja(p.hosts));
    if (!plays.length) return;
    const all = ansibleWorkspace(workspace, model);
    if (!all) return;
    const dir = dirOf(model.path);
    const up = posix.dirname(dir);
    const bases = fs.contains(up) && up !== dir ? [dir, up] : [dir];
    // Files in the playbook's folder or the one above, or in an `inventory`/`inventories` folder of either.
    const isNear = (path: string) => bases.some((b) => {
      if (!path.startsWith(`${b}/`)) return false;
      const rel = path.slice(b.length + 1).split('/');
      return rel.length === 1 || (rel.length <= 3 && /^inventor/i.test(rel[0]));
    });
    const near = all.filter((f) => isNear(f.path));
    if (near.some((f) => f.ansible?.addsHosts)) return;
    const inventories = near.filter((f) => f.inventory && (f.inventory.groups.length || f.inventory.hosts.length));
    if (!inventories.length) return;
    const names = new Set<string>();
    for (const f of inventories) {
      for (const g of f.inventory!.groups) {
        names.add(g.name);
        for (const c of g.children) names.add(c);
        for (const h of g.hosts) names.add(h);
      }
      for (const h of f.inventory!.hosts) names.add(h.name);
    }
    for (const play of plays) {
      const name = play.hosts!.trim();
      if (names.has(name)) continue;
      const range = rangeOfNode(model, getValue(play.node, 'hosts'));
      if (!range) continue;
      const suggestion = closest(name, names);
      if (suggestion) report(range, { name, suggestion }, undefined, 'suggest');
      else report(range, { name });
    }
  },
};
