import type { YamlCheck } from '../../kinds/yaml';
import { closest } from '../../text';
import { composeIndex, hasVariable, rangeOf } from '../model';
import { buildOf, stageNames } from '../build';

/**
 * DC015: `build.target` names a stage the Dockerfile does not have (`FROM … AS <name>`). The build fails with
 * "target stage … could not be found". The stages come from the workspace index (or from `dockerfile_inline`).
 */
export const check: YamlCheck = {
  rule: 'DC015',
  formats: ['compose'],
  run({ model, unit: doc, report, workspace }) {
    for (const s of composeIndex(doc).services.values()) {
      const build = buildOf(model, s);
      const target = build?.target;
      if (!build || !target || hasVariable(target)) continue;
      const stages = stageNames(model, build, workspace);
      if (!stages || stages.some((n) => n.toLowerCase() === target.toLowerCase())) continue;
      const range = rangeOf(model, build.targetNode);
      if (!range) continue;
      const suggestion = closest(target, stages);
      // With no named stage the `noStages` variant says so: no list to show.
      const args: Record<string, string> = stages.length ? { target, stages: stages.map((n) => `\`${n}\``).join(', ') } : { target };
      if (suggestion) args.suggestion = suggestion;
      report(range, args, undefined, stages.length ? (suggestion ? 'suggest' : undefined) : 'noStages');
    }
  },
};
