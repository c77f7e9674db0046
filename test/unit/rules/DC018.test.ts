import { ruleSpec } from './spec';

ruleSpec('DC018', {
  path: 'compose.yaml',
  fires: [
    // json-file logging without rotation: on the driver, or on logging when the driver is the default
    ['services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n', ['DC018@5:15-5:24']],
    ['services:\n  web:\n    image: nginx:1.27\n    logging:\n      options:\n        max-size: 10m\n', ['DC018@4:5-4:12']],
    ['services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: "json-file"\n      options:\n        max-file: "3"\n', ['DC018@5']],
  ],
  quiet: [
    // rotation, another driver, no logging block
    'services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n      options:\n        max-size: "10m"\n        max-file: "3"\n',
    'services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: journald\n',
    'services:\n  web:\n    image: nginx:1.27\n',
    // DC001 reports the misspelt `option`
    'services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n      option:\n        max-size: 3m\n',
  ],
  details: [
    // lists what is missing
    ['services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n', 5, { args: { service: 'web', missing: 'max-size, max-file' } }],
    ['services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: "json-file"\n      options:\n        max-file: "3"\n', 5, { args: { missing: 'max-size' } }],
  ],
});
