import type { YamlCheck } from '../../kinds/yaml';
import type { Fix } from '../../types';
import { getValue, isQuotedScalar, toRange } from '../../yaml';
import { kindDefinition } from '../schema';
import { compareVersions, parseVersion, removalOf, targetVersion } from '../deprecations';
import { issuesAs } from '../validate';

/**
 * K8S105: an apiVersion the target cluster no longer serves (`extensions/v1beta1` Ingress, `batch/v1beta1` CronJob
 * …): kubectl apply fails with "no matches for kind". The replacement comes from the official migration guide; the
 * quick fix replaces the apiVersion only when the object reads the same there (no field of it is unknown, mistyped or
 * missing in the new version).
 */
export const check: YamlCheck = {
  rule: 'K8S105',
  formats: ['kubernetes'],
  run({ model, unit: doc, report, settings }) {
    const row = removalOf(doc.apiVersion, doc.kind);
    if (!row?.removedIn) return;
    const target = targetVersion(settings.kubernetesVersion);
    if (compareVersions(target.version, parseVersion(row.removedIn)!) < 0) return;
    const node = getValue(doc.yaml.doc.contents, 'apiVersion');
    const range = toRange(model.index, node as { range?: [number, number, number] });
    if (!range) return;
    const args: Record<string, string> = { apiVersion: doc.apiVersion!, kind: doc.kind!, removedIn: row.removedIn, target: target.label };
    const fixes: Fix[] = [];
    if (row.replacement) {
      args.replacement = row.replacement;
      args.since = row.since ?? '';
      const def = kindDefinition(row.replacement, row.replacementKind ?? doc.kind);
      if (def && !row.replacementKind && !isQuotedScalar(node) && issuesAs(model, doc, def, doc.kind, row.replacement).length === 0) {
        fixes.push({ titleId: 'replace', args: { apiVersion: doc.apiVersion!, replacement: row.replacement }, edits: [{ range, newText: row.replacement }], preferred: true });
      }
    }
    report(range, args, fixes, row.replacement ? row.note : 'noReplacement');
  },
};
