import { ruleSpec } from './spec';

ruleSpec('DF014', {
  fires: [
    ['FROM alpine:3.20\nONBUILD RUN sudo make install\n', ['DF014@2']],
    ['FROM ubuntu:24.04\nRUN sudo apt-get update\n', ['DF014@2']],
    ['FROM ubuntu:24.04\nRUN apt-get update && sudo apt-get install -y x\n', ['DF014@2']],
    ['FROM ubuntu:24.04\nUSER app\nRUN sudo chown app /data\n', ['DF014@3']],
  ],
  quiet: [
    'FROM ubuntu:24.04\nRUN apt-get update\n',
    'FROM ubuntu:24.04\nRUN apt-get install -y sudo\n',
    'FROM ubuntu:24.04\nRUN echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\n',
  ],
});
