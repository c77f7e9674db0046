import { ruleSpec } from './spec';

ruleSpec('DC010', {
  path: 'compose.yaml',
  fires: [
    // container_name with several replicas: the finding marks the key
    ['services:\n  web:\n    image: nginx:1.27\n    container_name: web\n    scale: 3\n', ['DC010@4:5-4:19']],
    ['services:\n  web:\n    image: nginx:1.27\n    container_name: web\n    deploy:\n      replicas: 2\n', ['DC010@4']],
    ['services:\n  web:\n    image: nginx:1.27\n    deploy:\n      replicas: "4"\n    container_name: web\n', ['DC010@6']],
  ],
  quiet: [
    // one replica, or no container_name
    'services:\n  web:\n    image: nginx:1.27\n    container_name: web\n',
    'services:\n  web:\n    image: nginx:1.27\n    container_name: web\n    scale: 1\n',
    'services:\n  web:\n    image: nginx:1.27\n    scale: 3\n',
    'services:\n  web:\n    image: nginx:1.27\n    container_name: web\n    scale: ${N}\n',
  ],
  details: [['services:\n  web:\n    image: nginx:1.27\n    deploy:\n      replicas: "4"\n    container_name: web\n', 6, { args: { service: 'web', replicas: '4' } }]],
});
