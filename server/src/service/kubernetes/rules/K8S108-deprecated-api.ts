import type { YamlCheck } from '../../kinds/yaml';
import { getValue, toRange } from '../../yaml';
import { compareVersions, parseVersion, removalOf, targetVersion } from '../deprecations';

/**
 * K8S108: an apiVersion the target cluster still serves but has deprecated (it warns on every apply, and a later
 * release removes it: K8S105 then). Judged against `devopsHints.kubernetes.version`; a replacement the target does not
 * have yet is not proposed.
 */
export const check: YamlCheck = {
  rule: 'K8S108',
  formats: ['kubernetes'],
  run({ model, unit: doc, report, settings }) {
    const row = removalOf(doc.apiVersion, doc.kind);
    if (!row) return;
    const target = targetVersion(settings.kubernetesVersion);
    const t = target.version;
    if (row.removedIn && compareVersions(t, parseVersion(row.removedIn)!) >= 0) return; // K8S105
    if (row.deprecatedIn && compareVersions(t, parseVersion(row.deprecatedIn)!) < 0) return;
    if (!row.deprecatedIn && (!row.since || compareVersions(t, parseVersion(row.since)!) < 0)) return; // nothing to move to yet
    const node = getValue(doc.yaml.doc.contents, 'apiVersion');
    const range = toRange(model.index, node as { range?: [number, number, number] });
    if (!range) return;
    const args: Record<string, string> = { apiVersion: doc.apiVersion!, kind: doc.kind!, target: target.label, removedIn: row.removedIn ?? '', replacement: row.replacement ?? '', replacementKind: row.replacementKind ?? doc.kind!, since: row.since ?? '', deprecatedIn: row.deprecatedIn ?? '' };
    report(range, args, undefined, row.removedIn ? undefined : row.replacement ? 'served' : 'servedNoReplacement');
  },
};
