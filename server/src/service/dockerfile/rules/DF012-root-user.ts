import type { DockerfileCheck } from '../parse';
import { facts, finalStage } from '../model';

/**
 * DF012: the final stage never switches away from root (001 › Day47: leave root). A USER that is `root` or `0` as the
 * last one counts too. Images FROM scratch or an earlier stage that set USER are left alone.
 */
export const check: DockerfileCheck = {
  rule: 'DF012',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    const stage = finalStage(facts(model, dockerfile));
    if (!stage) return;
    const image = (stage.from.getImageName() ?? '').toLowerCase();
    if (image === 'scratch' || /distroless|chainguard/.test(image)) return;
    const users = [];
    for (let s: typeof stage | undefined = stage; s; s = s.parent) users.unshift(...s.instructions.filter((i) => i.getKeyword() === 'USER'));
    const last = users[users.length - 1];
    const value = last ? (last.getArgumentsContent() ?? '').trim().split(':')[0] : undefined;
    if (last && value !== 'root' && value !== '0') return;
    report(last ? last.getRange() : stage.from.getRange(), {}, undefined, last ? 'explicitRoot' : undefined);
  },
};
