import { ruleSpec } from './spec';

ruleSpec('DF005', {
  fires: [
    ['FROM debian:12\nRUN apt install -y curl\n', ['DF005@2']],
    ['FROM debian:12\nONBUILD RUN apt-get install -y curl\n', ['DF005@2']],
    ['FROM debian:12\nRUN apt-get update && apt-get install -y curl\n', ['DF005@2']],
    ['FROM debian:12\nRUN apt-get install -y \\\n    git \\\n    make\n', ['DF005@2']],
    ['FROM debian:12\nRUN apt-get -y install curl\n', ['DF005@2']],
  ],
  quiet: [
    'FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /out /out\n',
    'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    'FROM debian:12\nRUN apt-get install --no-install-recommends -y git\n',
    'FROM debian:12\nRUN apt-get update\n',
    'FROM debian:12\nRUN echo \'APT::Install-Recommends "0";\' > /etc/apt/apt.conf.d/x && apt-get install -y -o APT::Install-Recommends=false git\n',
  ],
  fixes: [['FROM debian:12\nRUN apt-get update && apt-get install -y curl\n', 2, 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl\n']],
});
