import type { Range } from 'vscode-languageserver-types';
import type { DockerfileCheck } from '../parse';
import { instructionsOf } from '../build';

interface Property {
  getName(): string;
  getNameRange(): Range;
  getValueRange(): Range | null;
}

/**
 * DF116: `ENV A=1 B=$A` — the substitution in an ENV instruction uses the values from before that instruction, so
 * `B` gets the old `A` (or nothing), not `1`. Split the definition into an ENV of its own first.
 */
export const check: DockerfileCheck = {
  rule: 'DF116',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const { ins } of instructionsOf(model, dockerfile, 'ENV')) {
      const props = (ins as unknown as { getProperties(): Property[] }).getProperties();
      if (props.length < 2) continue;
      const defined = new Set<string>();
      for (const p of props) {
        const vr = p.getValueRange();
        const raw = vr ? model.text.slice(model.index.offsetAt(vr.start), model.index.offsetAt(vr.end)) : '';
        // Single quotes keep `$` literal.
        const refs = [...raw.replace(/'[^']*'/g, '').matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/g)].map((m) => m[1] ?? m[2]);
        const variable = refs.find((r) => defined.has(r));
        if (variable) report(p.getNameRange(), { name: p.getName(), variable });
        defined.add(p.getName());
      }
    }
  },
};
