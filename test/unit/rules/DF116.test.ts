import { ruleSpec } from './spec';

ruleSpec('DF116', {
  fires: [
    ['FROM alpine:3.20\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin\n', ['DF116@2:19-2:26']],
    ['FROM alpine:3.20\nENV A=1 \\\n    B=${A}-x\n', ['DF116@3']],
    ['FROM alpine:3.20\nENV PATH=/opt/bin:$PATH JAVA_HOME=/opt/java PATH2="$JAVA_HOME/bin"\n', ['DF116@2']],
  ],
  quiet: [
    'FROM alpine:3.20\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin\n',
    'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH\n',
    "FROM alpine:3.20\nENV A=1 B='$A'\n",
    'FROM alpine:3.20\nENV A 1\n',
  ],
});
