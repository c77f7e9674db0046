import { ruleSpec } from './spec';

ruleSpec('DC009', {
  path: 'compose.yaml',
  fires: [
    // services with nothing to run: the finding marks the service's name
    ['services:\n  web:\n    ports: ["80:80"]\n', ['DC009@2:3-2:6']],
    ['services:\n  web:\n    image: nginx:1.27\n  worker:\n    command: ["run"]\n', ['DC009@4']],
    ['services:\n  db:\n    environment:\n      A: "1"\n  cache:\n    restart: always\n', ['DC009@2', 'DC009@5']],
  ],
  quiet: [
    // image, build, extends, provider
    'services:\n  a:\n    image: nginx:1.27\n  b:\n    build: .\n  c:\n    extends: a\n  d:\n    provider:\n      type: model\n',
    // a merge key
    'x-base: &base\n  image: nginx:1.27\nservices:\n  a:\n    <<: *base\n',
    // an override file
    { text: 'services:\n  web:\n    ports: ["80:80"]\n', path: 'docker-compose.override.yml' },
  ],
  details: [['services:\n  web:\n    image: nginx:1.27\n  worker:\n    command: ["run"]\n', 4, { args: { service: 'worker' } }]],
});
