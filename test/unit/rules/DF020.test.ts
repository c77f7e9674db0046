import { ruleSpec } from './spec';

ruleSpec('DF020', {
  fires: [
    ['FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\n', ['DF020@2']],
    ['FROM alpine:3.20\nRUN apk update\nCOPY . /app\nRUN apk add git\n', ['DF020@2']],
    ['FROM centos:7\nRUN yum makecache\nRUN yum -y install httpd\n', ['DF020@2']],
    ['FROM debian:12\nRUN set -eux; apt-get update\nRUN apt-get install -y make\n', ['DF020@2']],
  ],
  quiet: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n',
    'FROM debian:12\nRUN apt-get update\n',
    // the install is in another stage: a fresh FROM does not reuse this layer
    'FROM debian:12 AS a\nRUN apt-get update\nFROM debian:12\nRUN apt-get install -y curl\n',
    'FROM debian:12\nRUN apt-get update && echo done\nRUN apt-get install -y curl\n',
    'FROM debian:12\nRUN apt-get update\nRUN apk add git\n',
  ],
  fixes: [
    ['FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n', 2, 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl\n'],
    ['FROM alpine:3.20\nRUN apk update\nCOPY . /app\nRUN apk add git\n', 2, 'FROM alpine:3.20\nCOPY . /app\nRUN apk update \\\n    && apk add git\n'],
  ],
});
