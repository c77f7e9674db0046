import type { YamlCheck } from '../../kinds/yaml';
import { getValue, mapPairs, scalarString, seqItems, toRange } from '../../yaml';
import { suggestName } from '../../text';
import { imageName, inputsOf } from '../graph';
import { ownFacts } from '../model';
import { inlineShape, patchEntries, patchFileShape } from '../patches';

/**
 * KUS015: an `images` entry whose name is no container image of the build (nor one a patch sets): kustomize changes
 * nothing, silently — often a tag written into `name` (`nginx:1.25`), a registry missing or extra. Only when every
 * object is known and no custom field specs (`configurations`) add other image fields.
 */
export const check: YamlCheck = {
  rule: 'KUS015',
  formats: ['kustomize'],
  run({ model, unit: doc, report, fs, workspace }) {
    if (!fs.available || !fs.contains(model.path)) return;
    const root = doc.yaml.doc.contents;
    const items = [...seqItems(getValue(root, 'images')), ...seqItems(getValue(root, 'imageTags'))];
    if (!items.length) return;
    const build = inputsOf(fs, workspace, model.path, ownFacts(model, doc));
    if (!build.complete) return;
    const images = new Set(build.objects.flatMap((o) => o.images));
    // Images the patches of this build set (a patch may bring the image an entry renames). A JSON patch may set any.
    for (const e of patchEntries(root)) {
      const shape = e.inline ? inlineShape(model, e.inline) : e.file ? patchFileShape(fs, model.path, e.file) : undefined;
      if (shape?.shape === 'smp') for (const d of shape.docs) for (const i of d.images) images.add(imageName(i));
      else return;
    }
    for (const k of build.files.slice(1)) {
      for (const e of workspace.factsOf(k, 'yaml')?.kustomize?.edges ?? []) {
        if (!e.key.startsWith('patch')) continue;
        const ff = workspace.factsOf(e.path, 'yaml');
        if (!ff?.kubernetes?.length) return;
        for (const o of ff.kubernetes) for (const c of o.containers ?? []) if (c.image) images.add(imageName(c.image));
      }
    }
    for (const item of items) {
      const node = getValue(item, 'name');
      const name = scalarString(node);
      const anchor = node ?? mapPairs(item)[0]?.key;
      const range = toRange(model.index, anchor as { range?: [number, number, number] });
      if (!range) continue;
      if (!name) {
        report(range, { name: '', images: [...images].join(', ') || '-' }, undefined, 'noName');
        continue;
      }
      if (images.has(name)) continue;
      const withoutTag = imageName(name);
      const suggestion = images.has(withoutTag) && withoutTag !== name ? withoutTag : suggestName(name, [...images]);
      const fixes = suggestion ? [{ titleId: 'replace', args: { value: suggestion }, edits: [{ range, newText: suggestion }], preferred: true }] : undefined;
      report(range, { name, images: [...images].join(', ') || '-', suggestion: suggestion ?? '' }, fixes, withoutTag !== name && images.has(withoutTag) ? 'tag' : suggestion ? 'suggest' : undefined);
    }
  },
};
