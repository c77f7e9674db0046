import type { DockerfileCheck } from '../parse';
import { closest } from '../../text';
import { facts, flag } from '../model';

/**
 * DF107: `COPY --from=<name>` that names no earlier stage: a later stage, the stage itself, an index out of range, a
 * name close to a stage name (a typo, with a fix), or a bare name no stage has — Docker would then pull the image
 * `<name>:latest`. Values that look like image references (a registry, a slash, a tag or a digest) are images.
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
        if (target === stage) {
          report(range, { name: value }, undefined, 'self');
          continue;
        }
        if (target && target.index < stage.index) continue;
        if (target) {
          report(range, { name: value }, undefined, 'later');
          continue;
        }
        const earlier = f.stages.slice(0, stage.index).map((s) => s.name).filter((n): n is string => !!n);
        const suggestion = closest(value, earlier);
        if (suggestion) report(range, { name: value, suggestion }, [{ titleId: 'rename', args: { suggestion }, edits: [{ range, newText: suggestion }], preferred: true }]);
        // No stage of that name and nothing close: Docker pulls `<name>:latest`. A value with a registry, a path, a tag
        // or a digest (skipped above) is clearly an image; a bare word is ambiguous, so say both ways out.
        else report(range, { name: value }, undefined, 'noStage');
      }
    }
  },
};
