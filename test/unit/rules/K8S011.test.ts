import { ruleSpec } from './spec';

const secret = (data: string, extra = '') => `apiVersion: v1\nkind: Secret\nmetadata: { name: db }\ntype: Opaque\ndata:\n${data}${extra}`;

ruleSpec('K8S011', {
  path: 'secret.yaml',
  fires: [
    [secret('  password: fastcampus\n'), ['K8S011@6:13-6:23']],
    [secret('  user: YWRtaW4=\n  password: my password\n'), ['K8S011@7']],
    [secret('  token: "abc"\n'), ['K8S011@6']],
  ],
  quiet: [
    secret('  user: YWRtaW4=\n  password: ZmFzdGNhbXB1cw==\n'),
    // stringData holds plain text
    'apiVersion: v1\nkind: Secret\nmetadata: { name: db }\nstringData:\n  password: fastcampus\n',
    // a long value folded over lines
    secret('  cert: |\n    LS0tLS1CRUdJTiBD\n    RVJUSUZJQ0FURS0t\n'),
    // a placeholder
    secret('  password: ${DB_PASSWORD}\n'),
  ],
  fixes: [
    // moved to a new stringData block …
    [secret('  user: YWRtaW4=\n  password: fastcampus\n'), 7, secret('  user: YWRtaW4=\n', 'stringData:\n  password: fastcampus\n')],
    // … or into the existing one
    [secret('  password: fastcampus\n', 'stringData:\n  user: admin\n'), 6, 'apiVersion: v1\nkind: Secret\nmetadata: { name: db }\ntype: Opaque\ndata:\nstringData:\n  user: admin\n  password: fastcampus\n'],
  ],
  details: [[secret('  password: fastcampus\n'), 6, { args: { key: 'password' } }]],
});
