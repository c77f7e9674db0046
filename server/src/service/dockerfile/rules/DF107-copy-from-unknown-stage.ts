import type { DockerfileCheck } from '../parse';
import { closest } from '../../text';
import { facts, flag } from '../model';

/**
 * DF107: `COPY --from=<name>` that names no earlier stage. A name that is a later stage, or is close to a stage name
 * (a typo), is almost certainly a mistake: Docker would try to pull an image of that name instead.
 */
export const check: DockerfileCheck = {
  rule: 'DF107',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    const f = facts(model, dockerfile);
    for (const stage of f.stages) {
      for (const ins of stage.instructions) {
        if (ins.getKeyword() !== 'COPY' && ins.getKeyword() !== 'ADD') continue;
        const from = flag(ins, 'from');
        const value = from?.getValue();
        const range = from?.getValueRange();
        if (!value || !range || /[:/@$]/.test(value)) continue;
        if (/^\d+$/.test(value)) {
          if (Number(value) >= stage.index) report(range, { name: value }, undefined, 'index');
          continue;
        }
        const target = f.stageByName.get(value.toLowerCase());
        if (target && target.index < stage.index) continue;
        if (target) {
          report(range, { name: value }, undefined, 'later');
          continue;
        }
        const earlier = f.stages.slice(0, stage.index).map((s) => s.name).filter((n): n is string => !!n);
        const suggestion = closest(value, earlier);
        if (suggestion) report(range, { name: value, suggestion }, [{ titleId: 'rename', args: { suggestion }, edits: [{ range, newText: suggestion }], preferred: true }]);
      }
    }
  },
};
