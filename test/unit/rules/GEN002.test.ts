import { loose, ruleSpec } from './spec';

// Binary content: a NUL byte in the first 8 KB of a file named like one of ours.
const JUNK = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)).toString('latin1');

ruleSpec('GEN002', {
  fires: [
    [JUNK, ['GEN002@1:1-1:1']],
    [{ text: 'services:\u0000\u0001\u0002', path: 'compose.yaml' }, ['GEN002@1:1-1:1']],
    [{ text: 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: "\u0000"\n', path: 'k8s.yaml' }, ['GEN002@1']],
    // a NUL late in the first 8 KB
    ['FROM alpine:3.20\n' + 'RUN echo x\n'.repeat(700) + '\u0000\n', ['GEN002@1']],
    [loose('FROM alpine:3.20\n\u0000'), ['GEN002@1']],
  ],
  quiet: [
    'FROM alpine:3.20\nRUN echo hi\n',
    // other characters are text: Korean, emoji, control characters but NUL, a byte-order mark
    'FROM alpine:3.20\n# 한국어 주석 🐳\nRUN printf "\\t\u0001\u001b"\n',
    { text: '\ufeffservices:\n  web:\n    image: nginx:1.27\n', path: 'compose.yaml' },
    // not a file we analyse
    { text: JUNK, path: 'logo.png' },
  ],
});
