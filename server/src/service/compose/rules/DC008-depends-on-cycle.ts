import type { YamlCheck } from '../../kinds/yaml';
import { getValue } from '../../yaml';
import { composeIndex, listOrMapNames, rangeOf } from '../model';

/**
 * DC008: services that depend on each other in a circle (`a → b → a`, or a service on itself). Compose cannot pick
 * a start order and refuses the file. Each cycle is reported once, on the `depends_on` entry that closes it.
 */
export const check: YamlCheck = {
  rule: 'DC008',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    const idx = composeIndex(doc);
    const edges = new Map<string, ReturnType<typeof listOrMapNames>>();
    for (const s of idx.services.values()) edges.set(s.name, listOrMapNames(getValue(s.node, 'depends_on')).filter((d) => idx.services.has(d.name)));
    const state = new Map<string, 1 | 2>(); // 1 = on the stack, 2 = done
    const stack: string[] = [];
    const reported = new Set<string>();
    const visit = (name: string) => {
      state.set(name, 1);
      stack.push(name);
      for (const d of edges.get(name) ?? []) {
        const st = state.get(d.name);
        if (st === 1) {
          const cycle = [...stack.slice(stack.indexOf(d.name)), d.name];
          const id = [...cycle.slice(0, -1)].sort().join('|');
          const range = rangeOf(model, d.node);
          if (!reported.has(id) && range) {
            reported.add(id);
            report(range, { cycle: cycle.join(' → ') });
          }
        } else if (st === undefined) {
          visit(d.name);
        }
      }
      stack.pop();
      state.set(name, 2);
    };
    for (const name of edges.keys()) if (!state.has(name)) visit(name);
  },
};
