import { ruleSpec } from './spec';

ruleSpec('DC020', {
  path: 'compose.yaml',
  fires: [
    // untagged and latest images: the finding marks the image
    ['services:\n  web:\n    image: nginx\n', ['DC020@3:12-3:17']],
    ['services:\n  web:\n    image: grafana/grafana:latest\n', ['DC020@3']],
    ['services:\n  a:\n    image: registry.example.com:5000/team/app\n  b:\n    image: "mysql:latest"\n', ['DC020@3', 'DC020@5']],
  ],
  quiet: [
    // pinned images, variables and built images
    'services:\n  web:\n    image: nginx:1.27.3\n',
    'services:\n  web:\n    image: ${REGISTRY}/web:${TAG:-dev}\n',
    // image names what build produces
    'services:\n  web:\n    image: myapp\n    build: .\n',
    'services:\n  web:\n    image: nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n',
  ],
  details: [
    // which problem it is
    ['services:\n  web:\n    image: nginx\n', 3, { args: { image: 'nginx' }, variant: 'untagged' }],
    ['services:\n  web:\n    image: nginx:latest\n', 3, { args: { image: 'nginx:latest' }, variant: 'latest' }],
    // a registry port is not a tag
    ['services:\n  a:\n    image: registry.example.com:5000/team/app\n  b:\n    image: "mysql:latest"\n', 3, { variant: 'untagged' }],
    // the example is the file's own image with a tag (issue 17), `<version>` where no tag is known
    ['services:\n  a:\n    image: registry.example.com:5000/team/app\n  b:\n    image: "mysql:latest"\n', 5, { args: { example: 'mysql:8.4' } }],
    ['services:\n  a:\n    image: registry.example.com:5000/team/app\n  b:\n    image: "mysql:latest"\n', 3, { args: { example: 'registry.example.com:5000/team/app:<version>' } }],
    ['services:\n  cache:\n    image: docker.io/library/redis\n', 3, { args: { example: 'docker.io/library/redis:7.4-alpine' } }],
    ['services:\n  web:\n    image: node\n', 3, { args: { example: 'node:22-alpine' } }],
  ],
});
