import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caret, dedent } from '../helpers';
import { parseYamlFile } from '../../server/src/service/yaml';
import { yamlCompletionContext } from '../../server/src/service/yaml/completion';
import { LineIndex } from '../../server/src/service/text';

function ctx(textWithCaret: string) {
  const { text, position } = caret(dedent(textWithCaret));
  const index = new LineIndex(text);
  const file = parseYamlFile(text);
  const offset = index.offsetAt(position);
  const doc = file.docs.find((d) => offset >= d.start && offset <= d.end) ?? file.docs[file.docs.length - 1];
  const c = yamlCompletionContext(doc.doc, index, offset, doc.start);
  return c && { role: c.role, path: c.path, word: c.word, existing: [...c.existingKeys].sort(), item: c.inSequenceItem };
}

test('key completion at the root, in a nested map, after siblings', () => {
  assert.deepEqual(ctx('|'), { role: 'key', path: [], word: '', existing: [], item: false });
  assert.deepEqual(ctx('services:\n  web:\n    image: nginx\n    po|\n'), { role: 'key', path: ['services', 'web'], word: 'po', existing: ['image'], item: false });
  assert.deepEqual(ctx('services:\n  web:\n    |\n'), { role: 'key', path: ['services', 'web'], word: '', existing: [], item: false });
  assert.deepEqual(ctx('services:\n  web:\n    image: nginx\n  |\n'), { role: 'key', path: ['services'], word: '', existing: ['web'], item: false });
  assert.deepEqual(ctx('services:\n  web:\n    image: nginx\nvol|\n'), { role: 'key', path: [], word: 'vol', existing: ['services'], item: false });
});

test('keys inside sequence items', () => {
  assert.deepEqual(ctx(`
    spec:
      containers:
        - name: a
          im|
  `), { role: 'key', path: ['spec', 'containers', 0], word: 'im', existing: ['name'], item: false });
  assert.deepEqual(ctx(`
    spec:
      containers:
        - name: a
          image: x
        - |
  `), { role: 'key', path: ['spec', 'containers', 0], word: '', existing: [], item: true });
  assert.deepEqual(ctx(`
    spec:
      containers:
      - |
  `), { role: 'key', path: ['spec', 'containers', 0], word: '', existing: [], item: true });
  assert.deepEqual(ctx('- hosts: all\n  tasks:\n    - name: x\n      |\n'), { role: 'key', path: [0, 'tasks', 0], word: '', existing: ['name'], item: false });
});

test('value completion', () => {
  assert.deepEqual(ctx('services:\n  web:\n    restart: un|\n'), { role: 'value', path: ['services', 'web', 'restart'], word: 'un', existing: [], item: false });
  assert.deepEqual(ctx('spec:\n  containers:\n    - imagePullPolicy: |\n'), { role: 'value', path: ['spec', 'containers', 0, 'imagePullPolicy'], word: '', existing: [], item: true });
  assert.deepEqual(ctx('kind: |'), { role: 'value', path: ['kind'], word: '', existing: [], item: false });
});

test('second document of a multi-document file', () => {
  assert.deepEqual(ctx('a: 1\n---\nspec:\n  rep|\n'), { role: 'key', path: ['spec'], word: 'rep', existing: [], item: false });
});

test('no completion in the middle of a value or in a comment', () => {
  assert.equal(ctx('a: "x y| z"\n'), null);
  assert.equal(ctx('# comm|ent\n'), null);
});
