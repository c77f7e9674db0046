import { ruleSpec } from './spec';

const pod = (env: string) => `apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec:\n  containers:\n    - name: mysql\n      image: mysql:8.4\n      env:\n${env}`;

ruleSpec('K8S028', {
  path: 'pod.yaml',
  fires: [
    [pod('        - name: MYSQL_ROOT_PASSWORD\n          value: fastcampus\n'), ['K8S028@10:18-10:28']],
    [pod('        - { name: API_KEY, value: abc123 }\n'), ['K8S028@9']],
    [pod('        - { name: githubToken, value: ghp_x }\n        - { name: MODE, value: prod }\n'), ['K8S028@9']],
  ],
  quiet: [
    pod('        - name: MYSQL_ROOT_PASSWORD\n          valueFrom:\n            secretKeyRef: { name: mysql, key: root-password }\n'),
    pod('        - { name: MYSQL_PASSWORD_FILE, value: /run/secrets/db }\n        - { name: MODE, value: prod }\n'),
    pod('        - { name: DB_PASSWORD, value: $(FROM_SECRET) }\n        - { name: TOKEN, value: "" }\n'),
  ],
  details: [[pod('        - name: MYSQL_ROOT_PASSWORD\n          value: fastcampus\n'), 10, { args: { name: 'MYSQL_ROOT_PASSWORD', container: 'mysql' } }]],
});
