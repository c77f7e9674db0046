import { ruleSpec } from './spec';

const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: mysql-config }\ndata:\n  MYSQL_DATABASE: devops\n';
const SECRET = 'apiVersion: v1\nkind: Secret\nmetadata: { name: mysql-secret }\nstringData:\n  MYSQL_ROOT_PASSWORD: x\n';
const pod = (env: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: db }\nspec:\n  containers:\n    - name: mysql\n      image: mysql:8.4\n${env}`;

ruleSpec('K8S034', {
  path: 'db/pod.yaml',
  files: { 'db/cm.yaml': CM, 'db/secret.yaml': SECRET },
  fires: [
    [pod('      envFrom:\n        - configMapRef: { name: mysql-confg }\n'), ['K8S034@9:33-9:44']],
    [pod('      env:\n        - name: MYSQL_ROOT_PASSWORD\n          valueFrom:\n            secretKeyRef: { name: db-secret, key: password }\n'), ['K8S034@11']],
    [pod('      volumeMounts: [{ name: conf, mountPath: /etc/mysql/conf.d }]\n  volumes:\n    - name: conf\n      configMap: { name: mysql-conf }\n'), ['K8S034@11']],
  ],
  quiet: [
    pod('      envFrom:\n        - configMapRef: { name: mysql-config }\n        - secretRef: { name: mysql-secret }\n'),
    // optional references may be missing
    pod('      envFrom:\n        - configMapRef: { name: extra, optional: true }\n'),
    // a ConfigMap a kustomization generates
    { path: 'app/pod.yaml', files: { 'app/pod.yaml': pod('      envFrom:\n        - configMapRef: { name: app-config }\n'), 'app/kustomization.yaml': 'resources: [pod.yaml]\nconfigMapGenerator:\n  - name: app-config\n    literals: [A=1]\n', 'app/other-cm.yaml': CM } },
    // no Secrets at all in the workspace: nothing said about Secrets
    { path: 'pod.yaml', files: { 'pod.yaml': pod('      envFrom:\n        - secretRef: { name: s }\n'), 'cm.yaml': CM } },
  ],
  details: [
    [pod('      envFrom:\n        - configMapRef: { name: mysql-confg }\n'), 9, { args: { kind: 'ConfigMap', name: 'mysql-confg', via: 'envFrom', suggestion: 'mysql-config' }, variant: 'suggest' }],
    [pod('      env:\n        - name: MYSQL_ROOT_PASSWORD\n          valueFrom:\n            secretKeyRef: { name: db-secret, key: password }\n'), 11, { args: { kind: 'Secret', name: 'db-secret', via: 'env MYSQL_ROOT_PASSWORD' } }],
  ],
});
