import { ruleSpec } from './spec';

const pod = (volumes: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: [{ name: c, image: a:1 }]\n  volumes:\n${volumes}`;

ruleSpec('K8S026', {
  path: 'pod.yaml',
  fires: [
    [pod('    - name: data\n      hostPath:\n        path: /var/lib/filebeat-data\n        type: DirectoryOrCreate\n'), ['K8S026@8:7-8:15']],
    [pod('    - { name: sock, hostPath: { path: /var/run/docker.sock } }\n'), ['K8S026@7']],
    [pod('    - name: a\n      emptyDir: {}\n    - name: b\n      hostPath: { path: /tmp }\n'), ['K8S026@10']],
  ],
  quiet: [
    pod('    - name: data\n      emptyDir: {}\n'),
    pod('    - name: data\n      persistentVolumeClaim: { claimName: data }\n'),
    // a PersistentVolume backed by a host path is the cluster admin's business
    'apiVersion: v1\nkind: PersistentVolume\nmetadata: { name: pv }\nspec:\n  capacity: { storage: 1Gi }\n  accessModes: [ReadWriteOnce]\n  hostPath: { path: /mnt/data }\n',
  ],
  details: [[pod('    - name: data\n      hostPath:\n        path: /var/lib/filebeat-data\n'), 8, { args: { volume: 'data', path: '/var/lib/filebeat-data' } }]],
});
