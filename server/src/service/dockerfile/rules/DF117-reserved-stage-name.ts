import type { DockerfileCheck } from '../parse';
import { facts } from '../model';

const RESERVED = new Set(['scratch', 'context']);

/** DF117: a stage named `scratch` or `context` — words BuildKit reserves (`FROM scratch`, named build contexts). */
export const check: DockerfileCheck = {
  rule: 'DF117',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const { from, name } of facts(model, dockerfile).stages) {
      const range = from.getBuildStageRange();
      if (name && range && RESERVED.has(name.toLowerCase())) report(range, { name });
    }
  },
};
