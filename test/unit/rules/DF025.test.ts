import { ruleSpec } from './spec';

ruleSpec('DF025', {
  fires: [
    ['FROM debian:12-slim\nRUN curl -fsSL https://example.com/x.tgz | tar -xz -C /opt\n', ['DF025@2']],
    ['FROM alpine:3.20\nRUN wget -qO- https://example.com/install.sh | sh\n', ['DF025@2']],
    ['FROM alpine:3.20\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM alpine:3.20\nRUN cat /etc/os-release | grep ID\n', ['DF025@4']],
  ],
  quiet: [
    "FROM debian:12\nRUN cd `ls -1F | grep '^php/$'` && make\n",
    'FROM debian:12\nRUN { echo a; echo b; } | debconf-set-selections\n',
    'FROM debian:12\nRUN echo "$SHA  file.tgz" | sha256sum -c -\n',
    'FROM debian:12-slim\nRUN set -o pipefail && curl -fsSL https://example.com/x.tgz | tar -xz\n',
    'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/x.tgz | tar -xz\n',
    'FROM debian:12-slim\nRUN make || true\n',
    'FROM debian:12-slim\nRUN echo "a | b" > /x\n',
    'FROM debian:12-slim\nRUN yes | apt-get install curl\n',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n',
  ],
});
