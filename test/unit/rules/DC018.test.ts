import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf, model, service } from '../../helpers';

const fires = (text: string, path = 'compose.yaml') => findingsOf(path, text, EN, 'DC018');
const first = (text: string) => service().findings(model('compose.yaml', text), EN).filter((f) => f.ruleId === 'DC018')[0];
void first;

test('DC018 fires on json-file logging without rotation', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n'), ['DC018@5']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    logging:\n      options:\n        max-size: 10m\n'), ['DC018@4']);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: "json-file"\n      options:\n        max-file: "3"\n'), ['DC018@5']);
});

test('DC018 stays quiet with rotation, other drivers, no logging block, or a misspelt key', () => {
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n      options:\n        max-size: "10m"\n        max-file: "3"\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: journald\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n'), []);
  assert.deepEqual(fires('services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n      option:\n        max-size: 3m\n'), [], 'DC001 reports `option`');
});

test('DC018 lists what is missing', () => {
  assert.equal(first('services:\n  web:\n    image: nginx:1.27\n    logging:\n      driver: json-file\n').args.missing, '`max-size`, `max-file`');
});
