import type { YamlCheck } from '../../kinds/yaml';
import type { Fix } from '../../types';
import { suggestName } from '../../text';
import { getValue, isQuotedScalar, toRange } from '../../yaml';
import { apiVersionsOfKind, groupOf, isBuiltinGroup, kindDefinition, kindsOf } from '../schema';
import { removalOf } from '../deprecations';

/** A GA version (`v1`, `apps/v1`): the tree lists all of its kinds, so a kind it lacks is really not there. */
const isGA = (apiVersion: string) => /^v\d+$/.test(apiVersion.slice(apiVersion.indexOf('/') + 1));

/**
 * K8S104: a `kind` that the built-in API version does not have: the wrong case (`kind: job` → `Job`), a typo
 * (`Deploymnet`), or a kind of another API group (`apiVersion: v1` with `kind: Deployment` → `apps/v1`). Custom
 * resources (groups that are not built in) and alpha/beta versions the tree does not describe are left alone.
 */
export const check: YamlCheck = {
  rule: 'K8S104',
  formats: ['kubernetes'],
  run({ model, unit: doc, report }) {
    const { apiVersion, kind } = doc;
    if (!apiVersion || !kind || kindDefinition(apiVersion, kind) || (apiVersion === 'v1' && kind === 'List')) return;
    if (!isBuiltinGroup(groupOf(apiVersion)) || !kindDefinition(apiVersion, kindsOf(apiVersion)[0])) return;
    const root = doc.yaml.doc.contents;
    const kindNode = getValue(root, 'kind');
    const versionNode = getValue(root, 'apiVersion');
    const range = toRange(model.index, kindNode as { range?: [number, number, number] });
    if (!range) return;
    const editable = (n: unknown) => !isQuotedScalar(n);
    const here = kindsOf(apiVersion).filter((k) => !k.endsWith('List') || kind.endsWith('List'));
    const args: Record<string, string> = { kind, apiVersion };
    // The right kind in the wrong case.
    const same = here.find((k) => k.toLowerCase() === kind.toLowerCase());
    if (same) {
      args.suggestion = same;
      report(range, args, editable(kindNode) ? [{ titleId: 'kind', args: { kind, suggestion: same }, edits: [{ range, newText: same }], preferred: true }] : undefined, 'case');
      return;
    }
    if (!isGA(apiVersion)) return;
    // A kind of another group or version: the version to use is the current one (not a removed one).
    const canonical = [...new Set([kind, ...apiVersionsOfKind(kind).length ? [] : allKindsCase(kind)])];
    for (const k of canonical) {
      const versions = apiVersionsOfKind(k).filter((v) => !removalOf(v, k)?.removedIn && isGA(v));
      if (!versions.length) continue;
      args.suggestion = versions[0];
      const vr = toRange(model.index, versionNode as { range?: [number, number, number] });
      const fixes: Fix[] = [];
      if (vr && editable(versionNode)) {
        const edits = [{ range: vr, newText: versions[0] }];
        if (k !== kind && editable(kindNode)) edits.push({ range, newText: k });
        fixes.push({ titleId: 'apiVersion', args: { apiVersion, suggestion: versions[0] }, edits, preferred: true });
      }
      report(range, args, fixes, 'otherVersion');
      return;
    }
    const typo = suggestName(kind, here.filter((k) => !k.endsWith('List')));
    if (typo) {
      args.suggestion = typo;
      report(range, args, editable(kindNode) ? [{ titleId: 'kind', args: { kind, suggestion: typo }, edits: [{ range, newText: typo }], preferred: true }] : undefined, 'suggest');
      return;
    }
    report(range, args);
  },
};

/** The built-in kinds spelt like this one in another case (`deployment` → `Deployment`). */
function allKindsCase(kind: string): string[] {
  const lower = kind.toLowerCase();
  const out = new Set<string>();
  for (const v of ['v1', 'apps/v1', 'batch/v1', 'networking.k8s.io/v1', 'rbac.authorization.k8s.io/v1', 'autoscaling/v2', 'policy/v1', 'storage.k8s.io/v1']) {
    for (const k of kindsOf(v)) if (k.toLowerCase() === lower) out.add(k);
  }
  return [...out];
}
