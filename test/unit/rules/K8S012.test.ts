import { ruleSpec } from './spec';

const cm = (data: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: mysql-config }\ndata:\n${data}`;

ruleSpec('K8S012', {
  path: 'cm.yaml',
  fires: [
    // the notes' ConfigMap
    [cm('  MYSQL_ROOT_PASSWORD: fastcampus\n  MYSQL_DATABASE: devops\n'), ['K8S012@5:3-5:22']],
    [cm('  api-key: abc123\n'), ['K8S012@5']],
    [cm('  db.token: t0k3n\n  apiToken: x\n'), ['K8S012@5', 'K8S012@6']],
  ],
  quiet: [
    cm('  MYSQL_DATABASE: devops\n  LOG_LEVEL: info\n'),
    // about a secret, not one
    cm('  PASSWORD_FILE: /run/secrets/db\n  password_policy: strong\n  TOKEN_TTL: "3600"\n'),
    // empty or filled in later
    cm('  PASSWORD: ""\n  TOKEN: ${TOKEN}\n'),
    // a Secret may hold them
    'apiVersion: v1\nkind: Secret\nmetadata: { name: s }\nstringData:\n  PASSWORD: x\n',
  ],
  details: [[cm('  MYSQL_ROOT_PASSWORD: fastcampus\n'), 5, { args: { key: 'MYSQL_ROOT_PASSWORD' } }]],
});
