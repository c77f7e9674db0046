import { dedent } from '../../helpers';
import { ruleSpec } from './spec';

const pod = (containerExtra: string, meta = '') => dedent(`
  apiVersion: v1
  kind: Pod
  metadata:
    name: web${meta}
  spec:
    containers:
      - name: web
        image: nginx:1.27
${containerExtra.replace(/^/gm, '        ')}
`);

ruleSpec('K8S101', {
  path: 'pod.yaml',
  fires: [
    // an unquoted number where text is expected (env value, label value)
    [pod('env:\n  - name: PORT\n    value: 8080'), ['K8S101@11:18-11:22']],
    [pod('', '\n    labels:\n      version: 1.10'), ['K8S101@6']],
    // kubectl's YAML 1.1 reads yes/no/on/off as booleans
    [pod('env:\n  - name: DEBUG\n    value: yes'), ['K8S101@11']],
    // a quoted number where a number is expected
    [pod('ports:\n  - containerPort: "80"'), ['K8S101@10']],
    // a map where a list is expected, a list where a map is
    [pod('ports:\n  containerPort: 80'), ['K8S101@9']],
    [pod('resources:\n  - limits: {}'), ['K8S101@9']],
    // text where a boolean is expected
    [pod('stdin: "true"'), ['K8S101@9']],
  ],
  quiet: [
    pod('env:\n  - name: PORT\n    value: "8080"\n  - name: DEBUG\n    value: "yes"'),
    // int-or-string and quantities take both
    pod('resources:\n  limits: { cpu: 1, memory: 512Mi }\nlivenessProbe:\n  httpGet: { path: /, port: http }'),
    // values filled in by other tools
    pod('ports:\n  - containerPort: $(PORT)\nenv:\n  - name: A\n    value: "{{ a }}"'),
    // null is "not set"
    pod('command:\nargs: ~'),
    // a block scalar is a string
    pod('env:\n  - name: SCRIPT\n    value: |\n      echo 1'),
  ],
  details: [
    [pod('env:\n  - name: PORT\n    value: 8080'), 11, { args: { expected: 'string', actual: 'number', value: '8080' }, variant: 'quote' }],
    [pod('', '\n    labels:\n      version: 1.10'), 6, { args: { key: 'metadata.labels.version', value: '1.10' }, variant: 'quote' }],
    [pod('env:\n  - name: DEBUG\n    value: yes'), 11, { args: { value: 'yes' }, variant: 'yaml11' }],
    [pod('ports:\n  - containerPort: "80"'), 10, { args: { expected: 'integer', value: '80' }, variant: 'unquote' }],
    [pod('ports:\n  containerPort: 80'), 9, { args: { expected: 'list', actual: 'map' }, variant: 'wantList' }],
  ],
});
