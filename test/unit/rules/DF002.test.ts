import { ruleSpec } from './spec';

ruleSpec('DF002', {
  fires: [
    ['FROM alpine:3.20\nADD "https://example.com/a.txt" /a.txt\n', ['DF002@2']],
    ['FROM alpine:3.20\nADD https://example.com/tool.tar.gz /opt/\n', ['DF002@2']],
    ['FROM alpine:3.20\nADD http://example.com/a.sh /usr/local/bin/a.sh\n', ['DF002@2']],
    ['FROM alpine:3.20\nADD --chmod=755 https://example.com/bin /usr/bin/x\n', ['DF002@2']],
    ['FROM alpine:3.20\nADD ["https://example.com/a", "/a"]\n', ['DF002@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a /a\n',
    'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.10.1 /buildkit\n',
    'FROM alpine:3.20\nADD app.tar.gz /app\n',
    'FROM alpine:3.20\nRUN curl -fsSLo /a https://example.com/a\n',
  ],
});
