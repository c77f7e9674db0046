import type { YamlCheck } from '../../kinds/yaml';
import { getIn, isQuotedScalar, scalarValue } from '../../yaml';
import { nodeRange } from '../model';
import { isPlaceholder } from '../constraints';
import { cronProblem } from '../cron';

// K8S013: a CronJob `schedule` Kubernetes cannot parse: not five fields (minute hour day-of-month month day-of-week),
// a seconds field, a step without a start (`/1 * * * *` for `*/1 * * * *`, as the notes write it), a value out of
// range, `L`/`W`/`#`, or a `TZ=` prefix (the `timeZone` field replaced it). The API rejects the object.
export const check: YamlCheck = {
  rule: 'K8S013',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    if (doc.kind !== 'CronJob') return;
    const node = getIn(doc.yaml.doc.contents, ['spec', 'schedule']);
    const schedule = scalarValue(node);
    if (typeof schedule !== 'string' || isPlaceholder(schedule)) return;
    const problem = cronProblem(schedule);
    const range = nodeRange(model, node);
    if (!problem || !range) return;
    const args: Record<string, string> = { schedule };
    const fixes = [];
    if (problem.suggestion) {
      args.suggestion = problem.suggestion;
      const text = isQuotedScalar(node) ? JSON.stringify(problem.suggestion) : `"${problem.suggestion}"`;
      fixes.push({ titleId: 'schedule', args: { suggestion: problem.suggestion }, edits: [{ range, newText: text }], preferred: true });
    }
    report(range, args, fixes, problem.variant);
  },
};
