import { ruleSpec } from './spec';

const pod = (extra: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n${extra}  containers: [{ name: c, image: a:1 }]\n`;

ruleSpec('K8S025', {
  path: 'pod.yaml',
  fires: [
    [pod('  hostNetwork: true\n'), ['K8S025@5:3-5:14']],
    [pod('  hostPID: true\n'), ['K8S025@5']],
    [pod('  hostIPC: true\n  hostNetwork: true\n'), ['K8S025@6', 'K8S025@5']],
  ],
  quiet: [pod(''), pod('  hostNetwork: false\n'), pod('  dnsPolicy: ClusterFirstWithHostNet\n')],
  details: [[pod('  hostPID: true\n'), 5, { args: { field: 'hostPID' } }]],
});
