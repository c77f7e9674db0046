import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caret, dedent } from '../helpers';
import { parseYamlFile, pathAt, matchPath, compilePattern, walk, pathKey } from '../../server/src/service/yaml';
import { LineIndex } from '../../server/src/service/text';

function at(textWithCaret: string, docIndex = 0) {
  const { text, position } = caret(dedent(textWithCaret));
  const file = parseYamlFile(text);
  const offset = new LineIndex(text).offsetAt(position);
  return pathAt(file.docs[docIndex].doc, offset);
}

test('cursor on a key gives its path with role key', () => {
  const r = at(`
    spec:
      repl|icas: 3
  `);
  assert.deepEqual(r.path, ['spec', 'replicas']);
  assert.equal(r.role, 'key');
});

test('cursor on a value gives the same path with role value', () => {
  const r = at(`
    spec:
      replicas: 3|
  `);
  assert.deepEqual(r.path, ['spec', 'replicas']);
  assert.equal(r.role, 'value');
});

test('sequence indices appear in the path', () => {
  const r = at(`
    spec:
      containers:
        - name: a
          image: nginx
        - name: b
          image: red|is:7
  `);
  assert.deepEqual(r.path, ['spec', 'containers', 1, 'image']);
  assert.equal(r.role, 'value');
  assert.equal(pathKey(r.path), 'spec.containers.*.image');
});

test('flow collections and the second document of a file', () => {
  const { text, position } = caret('a: 1\n---\nmetadata: { labels: { ap|p: web } }\n');
  const file = parseYamlFile(text);
  assert.equal(file.docs.length, 2);
  const r = pathAt(file.docs[1].doc, new LineIndex(text).offsetAt(position));
  assert.deepEqual(r.path, ['metadata', 'labels', 'app']);
  assert.equal(r.role, 'key');
});

test('path patterns: *, [] and **', () => {
  const p = (s: string) => compilePattern(s);
  assert.ok(matchPath(p('spec.replicas'), ['spec', 'replicas']));
  assert.ok(!matchPath(p('spec.replicas'), ['spec', 'replicas', 'x']));
  assert.ok(matchPath(p('spec.containers.*.image'), ['spec', 'containers', 0, 'image']));
  assert.ok(matchPath(p('spec.containers.[].image'), ['spec', 'containers', 2, 'image']));
  assert.ok(!matchPath(p('spec.containers.[].image'), ['spec', 'containers', 'x', 'image']));
  assert.ok(matchPath(p('**.containers.*.image'), ['spec', 'template', 'spec', 'containers', 0, 'image']));
  assert.ok(matchPath(p('**.containers.*.image'), ['containers', 0, 'image']));
  assert.ok(!matchPath(p('**.containers.*.image'), ['spec', 'containers', 0, 'name']));
});

test('an alias bomb parses cheaply and the walk does not expand aliases', () => {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
  const file = parseYamlFile(lines.join('\n'));
  let nodes = 0;
  walk(file.docs[0].doc.contents, () => {
    nodes++;
  });
  assert.ok(nodes < 500, `walked ${nodes} nodes`);
});

test('walk is bounded in depth', () => {
  const deep = '['.repeat(3000) + ']'.repeat(3000);
  const file = parseYamlFile(deep);
  let maxDepth = 0;
  walk(file.docs[0].doc.contents, ({ path }) => {
    maxDepth = Math.max(maxDepth, path.length);
  });
  assert.ok(maxDepth <= 200);
});

test('syntax errors carry offsets', () => {
  const file = parseYamlFile('a: [1, 2\nb: 3\n');
  assert.ok(file.docs[0].errors.length > 0);
  assert.ok(file.docs[0].errors.every((e) => e.start >= 0 && e.end >= e.start));
});
