import type { YamlCheck } from '../../kinds/yaml';
import { closest } from '../../text';
import { getValue, isMap, scalarString } from '../../yaml';
import { composeDir, composeIndex, hasVariable, rangeOf, resolvePath } from '../document';
import { isRemoteContext } from './DC013-missing-path';
import { dockerfileOf, stageNames } from '../dockerfileStages';

/**
 * DC015: `build.target` names a stage the Dockerfile does not have (`FROM … AS <name>`). The build fails with
 * "target stage … could not be found". Reads the Dockerfile through the workspace (or `dockerfile_inline`).
 */
export const check: YamlCheck = {
  rule: 'DC015',
  formats: ['compose'],
  run({ model, unit: doc, report, fs }) {
    const dir = composeDir(model);
    for (const s of composeIndex(doc).services.values()) {
      const build = getValue(s.node, 'build');
      if (!isMap(build)) continue;
      const tNode = getValue(build, 'target');
      const target = scalarString(tNode);
      if (!target || hasVariable(target)) continue;
      const ctx = scalarString(getValue(build, 'context')) ?? '.';
      if (hasVariable(ctx) || isRemoteContext(ctx)) continue;
      const text = dockerfileOf(build, resolvePath(dir, ctx), fs);
      if (text === undefined) continue;
      const stages = stageNames(text);
      if (stages.some((n) => n.toLowerCase() === target.toLowerCase())) continue;
      const range = rangeOf(model, tNode);
      if (!range) continue;
      const suggestion = closest(target, stages);
      const args: Record<string, string> = { target, stages: stages.length ? stages.map((n) => `\`${n}\``).join(', ') : '—' };
      if (suggestion) args.suggestion = suggestion;
      report(range, args, undefined, stages.length ? (suggestion ? 'suggest' : undefined) : 'noStages');
    }
  },
};
