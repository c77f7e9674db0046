import { ruleSpec } from './spec';

ruleSpec('DC016', {
  path: 'compose.yaml',
  fires: [
    // the top-level version: the finding marks the key
    ['version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n', ['DC016@1:1-1:8']],
    ['# app\nversion: \'2\'\nservices:\n  web:\n    image: nginx:1.27\n', ['DC016@2']],
    ['services:\n  web:\n    image: nginx:1.27\nversion: "3"\n', ['DC016@4']],
  ],
  quiet: [
    'services:\n  web:\n    image: nginx:1.27\n',
    'services:\n  web:\n    image: nginx:1.27\n    labels:\n      version: "3"\n',
    'name: app\nservices:\n  web:\n    image: nginx:1.27\n    environment:\n      version: 1\n',
  ],
  // the quick fix removes the line
  fixes: [
    ['version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n', 1, 'services:\n  web:\n    image: nginx:1.27\n'],
    ['services:\n  web:\n    image: nginx:1.27\nversion: "3"\n', 4, 'services:\n  web:\n    image: nginx:1.27\n'],
  ],
  preferredFix: true,
  details: [['# app\nversion: \'2\'\nservices:\n  web:\n    image: nginx:1.27\n', 2, { args: { version: '2' } }]],
});
