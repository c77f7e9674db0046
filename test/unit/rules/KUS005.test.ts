import { ruleSpec } from './spec';

const K = 'kustomization.yaml';

ruleSpec('KUS005', {
  path: K,
  fires: [
    // the notes' own spelling: CommonLables (a typo, not a case difference)
    ['resources:\n- pod.yaml\nCommonLables:\n  owner: claud\n', ['KUS005@3:1-3:13']],
    ['namePrefIxx: dev-\nnameSufix: -v1\n', ['KUS005@1', 'KUS005@2']],
    // nested: an image's `tag` is `newTag`; a patch target's `groups`
    ['images:\n- name: nginx\n  tag: "1.27"\npatches:\n- path: p.yaml\n  target:\n    groups: apps\n', ['KUS005@3', 'KUS005@7']],
    // a field kustomize v5 removed
    ['inventory:\n  type: ConfigMap\n', ['KUS005@1']],
  ],
  quiet: [
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- pod.yaml\nnamespace: fastcampus\nnamePrefix: dev-\nnameSuffix: -v1\n',
    'labels:\n- pairs: { app: web }\n  includeSelectors: false\n  includeTemplates: true\n',
    'patches:\n- path: p.yaml\n  target: { group: apps, version: v1, kind: Deployment, name: web, labelSelector: "a=b" }\n  options: { allowNameChange: true }\n',
    'replacements:\n- source: { kind: Service, name: db, fieldPath: metadata.name }\n  targets:\n  - select: { kind: Deployment }\n    reject: [{ name: skip }]\n    fieldPaths: [spec.template.spec.containers.0.env.0.value]\n    options: { delimiter: ":", index: 0, create: true }\n',
    // a field newer kustomize releases read
    'configMapGenerator:\n- name: c\n  immutable: true\n',
    // a Component
    'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n- path: p.yaml\n',
  ],
  fixes: [
    ['resources:\n- pod.yaml\nCommonLables:\n  owner: claud\n', 3, 'resources:\n- pod.yaml\ncommonLabels:\n  owner: claud\n'],
    ['nameSufix: -v1\n', 1, 'nameSuffix: -v1\n'],
  ],
  details: [
    ['CommonLables:\n  owner: claud\n', 1, { args: { key: 'CommonLables', suggestion: 'commonLabels', where: 'kustomization' }, variant: 'suggest' }],
    ['images:\n- name: nginx\n  tag: "1.27"\n', 3, { args: { where: 'images[0]', suggestion: 'newTag' } }],
    ['zzz: 1\n', 1, { variant: undefined }],
  ],
});
