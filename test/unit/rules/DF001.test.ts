import { ruleSpec } from './spec';

ruleSpec('DF001', {
  fires: [
    ['FROM alpine:3.20\nONBUILD ADD app.py /app/\n', ['DF001@2']],
    // ADD of local files: the finding marks the keyword
    ['FROM alpine:3.20\nADD app.py /app/\n', ['DF001@2:1-2:4']],
    ['FROM alpine:3.20\nADD . /src\n', ['DF001@2']],
    ['FROM alpine:3.20\nADD --chown=app:app conf/ /etc/app/\n', ['DF001@2']],
    // JSON form
    ['FROM alpine:3.20\nADD ["a b.txt", "/dst/"]\n', ['DF001@2']],
    // lower-case keyword
    ['FROM alpine:3.20\nadd src dst\n', ['DF001@2:1-2:4']],
    // line continuation
    ['FROM alpine:3.20\nADD a \\\n    b /dst/\n', ['DF001@2']],
    // a comment naming another rule does not silence it
    ['FROM alpine:3.20\n# devops-hints-ignore DF999\nADD app.py /app/\n', ['DF001@3']],
  ],
  quiet: [
    'FROM alpine:3.20\nADD "rootfs.tar.xz" /\n',
    'FROM alpine:3.20\nADD "https://example.com/a.txt" /a.txt\n',
    'FROM scratch\nADD alpine-minirootfs.tar.zst /\n',
    // where ADD does something COPY cannot: a URL, git, a local archive (extracted), a checksum (remote)
    'FROM alpine:3.20\nADD https://example.com/app.tar.gz /tmp/\n',
    'FROM alpine:3.20\nADD git@github.com:moby/buildkit.git /src\n',
    'FROM alpine:3.20\nADD rootfs.tar.gz /\n',
    'FROM alpine:3.20\nADD --checksum=sha256:abc https://x/y /y\n',
    // a variable: unknown
    'FROM alpine:3.20\nADD $SRC /dst\n',
    'FROM alpine:3.20\nCOPY app.py /app/\n',
    // a comment, inside RUN, a heredoc
    'FROM alpine:3.20\n# ADD app.py /app/\n',
    'FROM alpine:3.20\nRUN echo ADD a b\n',
    'FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n',
    // silenced by a comment naming it, on the line or for the file
    'FROM alpine:3.20\n# devops-hints-ignore DF001\nADD app.py /app/\n',
    '# devops-hints-ignore-file DF001\nFROM alpine:3.20\nADD a /a\nADD b /b\n',
  ],
  // the quick fix replaces the keyword with COPY, keeping its case
  fixes: [
    ['FROM alpine:3.20\nADD app.py /app/\n', 2, 'FROM alpine:3.20\nCOPY app.py /app/\n'],
    ['FROM alpine:3.20\nadd app.py /app/\n', 2, 'FROM alpine:3.20\ncopy app.py /app/\n'],
  ],
  preferredFix: true,
  details: [
    ['FROM alpine:3.20\nADD app.py /app/\n', 2, { args: { source: 'app.py' } }],
    // JSON form, several sources
    ['FROM alpine:3.20\nADD ["a.txt", "b.txt", "/dst/"]\n', 2, { args: { source: 'a.txt b.txt' } }],
  ],
});
