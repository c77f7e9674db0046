import { ruleSpec } from './spec';

const pod = (name: string, portName = 'http', labels = 'app: web') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  labels:\n    ${labels}\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      ports:\n        - { containerPort: 80, name: ${portName} }\n`;

ruleSpec('K8S107', {
  path: 'manifests.yaml',
  fires: [
    // capitals and underscores are not allowed in names
    [pod('My_Pod'), ['K8S107@4:9-4:15']],
    // a Service name becomes a DNS label: it must start with a letter
    ['apiVersion: v1\nkind: Service\nmetadata: { name: 1web }\nspec:\n  ports: [{ port: 80 }]\n', ['K8S107@3']],
    // port names: at most 15 characters, lower case, a letter
    [pod('web', 'http-port-for-the-web'), ['K8S107@12']],
    [pod('web', '"8080"'), ['K8S107@12']],
    // label values: no spaces, at most 63 characters
    [pod('web', 'http', 'team: "platform team"'), ['K8S107@6']],
    [pod('web', 'http', '-bad: web'), ['K8S107@6']],
    // a numeric string as targetPort is looked up as a name
    ['apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  ports: [{ port: 80, targetPort: "8080" }]\n', ['K8S107@5']],
  ],
  quiet: [
    pod('web-1.example'),
    pod('web', 'metrics', 'app.kubernetes.io/name: web'),
    // RBAC names may hold colons (not a DNS name)
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: { name: "system:aggregate-to-view" }\nrules: []\n',
    // placeholders
    pod('$(NAME)'),
    pod('web', 'http', 'version: ""'),
  ],
  details: [
    [pod('My_Pod'), 4, { args: { value: 'My_Pod' }, variant: 'subdomain' }],
    ['apiVersion: v1\nkind: Service\nmetadata: { name: 1web }\nspec:\n  ports: [{ port: 80 }]\n', 3, { args: { kind: 'Service', value: '1web' }, variant: 'dns1035' }],
    [pod('web', 'http-port-for-the-web'), 12, { variant: 'portTooLong' }],
    [pod('web', '"8080"'), 12, { variant: 'portName' }],
    [pod('web', 'http', 'team: "platform team"'), 6, { variant: 'labelValue' }],
    [pod('web', 'http', '-bad: web'), 6, { args: { value: '-bad' }, variant: 'labelKey' }],
    ['apiVersion: v1\nkind: Service\nmetadata: { name: web }\nspec:\n  ports: [{ port: 80, targetPort: "8080" }]\n', 5, { variant: 'numericPortName' }],
  ],
});
