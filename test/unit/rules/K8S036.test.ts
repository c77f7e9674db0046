import { ruleSpec } from './spec';

const CM = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: mysql-config }\ndata:\n  MYSQL_DATABASE: devops\n  MYSQL_USER: app\n';
const pod = (ref: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: db }\nspec:\n  containers:\n    - name: mysql\n      image: mysql:8.4\n      env:\n        - name: MYSQL_DATABASE\n          valueFrom:\n            ${ref}\n`;

ruleSpec('K8S036', {
  path: 'pod.yaml',
  files: { 'cm.yaml': CM },
  fires: [
    [pod('configMapKeyRef: { name: mysql-config, key: MYSQL_DATABSE }'), ['K8S036@11:57-11:70']],
    [pod('configMapKeyRef: { name: mysql-config, key: MYSQL_PASSWORD }'), ['K8S036@11']],
    ['apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers: [{ name: c, image: a:1 }]\n  volumes:\n    - name: conf\n      configMap:\n        name: mysql-config\n        items:\n          - { key: my.cnf, path: my.cnf }\n', ['K8S036@11']],
  ],
  quiet: [
    pod('configMapKeyRef: { name: mysql-config, key: MYSQL_DATABASE }'),
    pod('configMapKeyRef: { name: mysql-config, key: X, optional: true }'),
    // the ConfigMap is not in the workspace: K8S034's
    pod('configMapKeyRef: { name: other, key: X }'),
  ],
  details: [
    [pod('configMapKeyRef: { name: mysql-config, key: MYSQL_DATABSE }'), 11, { args: { kind: 'ConfigMap', name: 'mysql-config', key: 'MYSQL_DATABSE', suggestion: 'MYSQL_DATABASE', keys: 'MYSQL_DATABASE, MYSQL_USER' }, variant: 'suggest' }],
    [pod('configMapKeyRef: { name: mysql-config, key: MYSQL_PASSWORD }'), 11, { variant: undefined }],
  ],
});
