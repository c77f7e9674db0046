import type { YamlCheck } from '../../kinds/yaml';
import { JSON_PATCH_KIND } from '../../kinds/yaml';
import type { Fix } from '../../types';
import { toRange } from '../../yaml';
import { jsonPatchIssues } from '../jsonpatch';
import { inlineShape, patchEntries, patchFileShape } from '../patches';

/**
 * KUS011: a JSON 6902 patch kustomize cannot apply — an `op` that is not one of the six, a `path`/`from` that is not
 * a JSON pointer (`spec.replicas` for `/spec/replicas`), an operation without the `value` or `from` it needs — in a
 * patch file or written inline in the kustomization; and a JSON patch listed without a `target` (it names no object
 * itself, so kustomize refuses it).
 */
export const check: YamlCheck = {
  rule: 'KUS011',
  formats: ['kustomize'],
  run({ model, unit: doc, report, fs }) {
    const emit = (issues: ReturnType<typeof jsonPatchIssues>, map: (o: number) => number) => {
      for (const i of issues) {
        const range = model.index.range(map(i.at[0]), map(i.at[1]));
        const fixes: Fix[] = i.replace !== undefined ? [{ titleId: 'replace', args: { value: i.replace }, edits: [{ range, newText: i.replace }], preferred: true }] : [];
        report(range, i.args, fixes, i.variant);
      }
    };
    if (doc.kind === JSON_PATCH_KIND) {
      emit(jsonPatchIssues(doc.yaml.doc.contents), (o) => o);
      return;
    }
    for (const e of patchEntries(doc.yaml.doc.contents)) {
      const shape = e.inline ? inlineShape(model, e.inline) : e.file && fs.available && fs.contains(model.path) ? patchFileShape(fs, model.path, e.file) : undefined;
      if (!shape || shape.shape !== 'json') continue;
      if (e.inline) emit(jsonPatchIssues(shape.ops), shape.offset);
      if (!e.target && e.key !== 'patchesStrategicMerge') {
        const range = toRange(model.index, e.anchor as { range?: [number, number, number] });
        if (range) report(range, { file: e.file ?? '', key: e.key }, undefined, 'needsTarget');
      }
    }
  },
};
