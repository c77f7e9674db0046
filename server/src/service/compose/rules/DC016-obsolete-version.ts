import type { YamlCheck } from '../../kinds/yaml';
import { getPair, nodeRange, scalarString } from '../../yaml';
import { rangeOf } from '../model';

/**
 * DC016: the top-level `version` key. Compose (v2) ignores it and warns "the attribute `version` is obsolete"; the
 * file format is the Compose Specification, whatever number is written. Quick fix: remove the line.
 */
export const check: YamlCheck = {
  rule: 'DC016',
  formats: ['compose'],
  run({ model, unit: doc, report }) {
    const pair = getPair(doc.yaml.doc.contents, 'version');
    if (!pair) return;
    const range = rangeOf(model, pair.key);
    const k = nodeRange(pair.key as { range?: [number, number, number] });
    if (!range || !k) return;
    const v = nodeRange(pair.value as { range?: [number, number, number] });
    const endLine = model.index.positionAt(v ? v[1] : k[1]).line;
    const start = model.index.lineStart(range.start.line);
    const end = endLine + 1 < model.index.lineCount ? model.index.lineStart(endLine + 1) : model.text.length;
    const edit = { range: model.index.range(start, end), newText: '' };
    report(range, { version: scalarString(pair.value) ?? '' }, [{ titleId: 'remove', edits: [edit], preferred: true }]);
  },
};
