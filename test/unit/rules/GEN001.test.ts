import { loose, ruleSpec } from './spec';

// Inputs past each limit of the document model (server/src/service/model.ts, yaml/index.ts), and just inside them.
// Built once here: each is parsed once per spec.
const KUBE = 'apiVersion: v1\nkind: ConfigMap\n';
/** Block mappings nested `levels` deep, one more space per level. */
const nested = (levels: number) => {
  let s = `${KUBE}data:\n`;
  for (let i = 1; i < levels; i++) s += ' '.repeat(i + 1) + `k${i}:\n`;
  return s;
};
const DOCKERFILE_TOO_LARGE = 'FROM alpine:3.20\n' + 'RUN echo x\n'.repeat(50_000); // > 512 KB
const YAML_TOO_LARGE = 'services:\n  web:\n    image: nginx:1.27\n    command: "' + 'x'.repeat(5 * 1024 * 1024) + '"\n'; // > 5 MB
const LINE_TOO_LONG = 'FROM alpine:3.20\nRUN echo ' + 'x'.repeat(16 * 1024) + '\n'; // a line > 16 KB
const TOO_DEEP = nested(300); // > 256 levels
const TOO_MANY_TOKENS = `${KUBE}data: [` + ','.repeat(600_001) + ']\n'; // > 600,000 tokens
const TOO_MANY_DOCUMENTS = '---\na: 1\n'.repeat(5001); // > 5,000 documents

ruleSpec('GEN001', {
  fires: [
    // the size limits are reported at the top of the file
    [{ text: DOCKERFILE_TOO_LARGE, path: 'Dockerfile' }, ['GEN001@1:1-1:1']],
    [{ text: YAML_TOO_LARGE, path: 'compose.yaml' }, ['GEN001@1:1-1:1']],
    [{ text: LINE_TOO_LONG, path: 'Dockerfile' }, ['GEN001@1:1-1:1']],
    // the YAML limits where the parse stopped
    [{ text: TOO_DEEP, path: 'k8s.yaml' }, ['GEN001@258:261-258:261']],
    [{ text: TOO_MANY_TOKENS, path: 'k8s.yaml' }, ['GEN001@3']],
    [{ text: TOO_MANY_DOCUMENTS, path: 'k8s.yaml' }, ['GEN001@1']],
    // also without a workspace, and in a file that is no format of ours yet (a plain .yaml)
    [loose(TOO_DEEP, 'values.yaml'), ['GEN001@258']],
  ],
  quiet: [
    // normal files
    'FROM alpine:3.20\nRUN echo hi\n',
    { text: 'services:\n  web:\n    image: nginx:1.27\n', path: 'compose.yaml' },
    // just inside the limits: a 16 KB line, 120 levels, 300 documents
    'FROM alpine:3.20\nRUN echo ' + 'x'.repeat(16 * 1024 - 'RUN echo '.length) + '\n',
    { text: nested(120), path: 'k8s.yaml' },
    { text: '---\na: 1\n'.repeat(300), path: 'k8s.yaml' },
    // larger than a Dockerfile may be, but a YAML file may
    { text: 'services:\n  web:\n    image: nginx:1.27\n    command: "' + 'x'.repeat(600 * 1024) + '"\n', path: 'compose.yaml' },
    // not a file we analyse
    { text: 'x'.repeat(6 * 1024 * 1024), path: 'README.md' },
  ],
  details: [
    [{ text: DOCKERFILE_TOO_LARGE, path: 'Dockerfile' }, 1, { args: { limit: '512 KB', size: '538 KB' }, variant: undefined }],
    [{ text: YAML_TOO_LARGE, path: 'compose.yaml' }, 1, { args: { limit: '5.0 MB', size: '5.0 MB' }, variant: undefined }],
    [{ text: LINE_TOO_LONG, path: 'Dockerfile' }, 1, { args: { limit: '16 KB' }, variant: 'lineTooLong' }],
    [{ text: TOO_DEEP, path: 'k8s.yaml' }, 258, { args: { limit: '256', line: '258' }, variant: 'tooDeep' }],
    [{ text: TOO_MANY_TOKENS, path: 'k8s.yaml' }, 3, { args: { limit: '600,000', line: '3' }, variant: 'tooManyTokens' }],
    [{ text: TOO_MANY_DOCUMENTS, path: 'k8s.yaml' }, 1, { args: { limit: '5000' }, variant: 'tooManyDocuments' }],
  ],
});
