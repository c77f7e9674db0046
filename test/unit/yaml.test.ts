import { test } from 'node:test';
import assert from 'node:assert/strict';
import { caret, dedent, CORPUS_DIR, ROOT } from '../helpers';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, type Document } from 'yaml';
import { parseYamlFile, parseAllBounded, pathAt, matchPath, compilePattern, walk, pathKey, YamlLimitError, MAX_YAML_DEPTH, MAX_YAML_TOKENS, MAX_YAML_ERRORS } from '../../server/src/service/yaml';
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
  const deep = '['.repeat(MAX_YAML_DEPTH - 2) + ']'.repeat(MAX_YAML_DEPTH - 2);
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

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yamlFiles(p, out);
    else if (/\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

test('the bounded parse gives what parseAllDocuments gives (corpus files and broken texts)', () => {
  // The corpus when it is there (../shared/corpus); the repository's own examples and fixtures in any case.
  const texts = [...(existsSync(CORPUS_DIR) ? yamlFiles(CORPUS_DIR) : []), ...yamlFiles(join(ROOT, 'examples')), ...yamlFiles(join(ROOT, 'test', 'fixtures'))].map((p) => readFileSync(p, 'utf8'));
  assert.ok(texts.length > (existsSync(CORPUS_DIR) ? 50 : 5), `YAML files: ${texts.length}`);
  texts.push('a: [1, 2\nb: 3\n', 'a: "x\n', '---\na: 1\n---\n- b\n...\n%YAML 1.2\n---\nc: &x 1\nd: *x\n', 'k: {a: [b, {c: d}]}\n', '\t- x\n', '');
  for (const version of ['1.1', '1.2'] as const) {
    for (const text of texts) {
      const plain = parseAllDocuments(text, { version, prettyErrors: false, uniqueKeys: true, strict: false });
      const bounded = parseAllBounded(text, version);
      const view = (docs: Document.Parsed[]) => docs.map((d) => ({ range: d.range, errors: d.errors.map((e) => [e.code, e.pos]), js: d.toJS({ maxAliasCount: -1 }) }));
      assert.deepEqual(view(bounded), view(Array.isArray(plain) ? (plain as Document.Parsed[]) : []), text.slice(0, 80));
    }
  }
});

test('nesting deeper than the limit stops the parse where it happens, flow or block', () => {
  const limitError = (text: string) => {
    try {
      parseAllBounded(text, '1.2');
    } catch (e) {
      if (e instanceof YamlLimitError) return e;
      throw e;
    }
    return undefined;
  };
  // Just under the limit (the document itself is one level): parsed.
  assert.equal(limitError('['.repeat(MAX_YAML_DEPTH - 2) + ']'.repeat(MAX_YAML_DEPTH - 2)), undefined);
  const prefix = 'apiVersion: v1\nkind: ConfigMap\ndata: ';
  const flow = limitError(prefix + '['.repeat(100_000) + '\n');
  assert.equal(flow?.limit, 'depth');
  assert.ok(flow!.offset > prefix.length && flow!.offset < prefix.length + MAX_YAML_DEPTH + 2, `offset ${flow?.offset}`);
  let block = 'a:\n';
  for (let i = 1; i < 2000; i++) block += ' '.repeat(i + 1) + `k${i}:\n`;
  assert.equal(limitError(block)?.limit, 'depth');
  assert.equal(limitError('- '.repeat(5000) + 'x\n')?.limit, 'depth');
  assert.equal(limitError('? '.repeat(5000) + 'x\n')?.limit, 'depth');
});

test('a text with more tokens than the limit stops the parse, ordinary large files do not', () => {
  let err: unknown;
  try {
    parseAllBounded('a: [' + '""'.repeat(MAX_YAML_TOKENS) + ']\n', '1.2');
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof YamlLimitError && err.limit === 'tokens', String(err));
  // 20,000 ordinary Kubernetes lines (about 130,000 tokens) are parsed.
  const doc = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels: {app: web}\ndata:\n  k: "v"\n  list: [a, b]\n';
  assert.equal(parseAllBounded(('---\n' + doc).repeat(2500), '1.2').length, 2500);
});

test('the cap counts the error tokens of the parser too (stray brackets between documents)', () => {
  const text = Array.from({ length: 300 }, (_, i) => `a${i}: 1\nx: }}}}}}}}}}\n`).join('---\n');
  const docs = parseAllBounded(text, '1.2');
  assert.equal(docs.reduce((n, d) => n + d.errors.length + d.warnings.length, 0), MAX_YAML_ERRORS);
});

test('syntax errors are kept up to the cap, the first ones in text order', () => {
  const text = '- name: x\n  handlers:\n    - name: restart\n' + '{'.repeat(50_000) + '\n';
  const [doc] = parseAllBounded(text, '1.1');
  assert.equal(doc.errors.length + doc.warnings.length, MAX_YAML_ERRORS);
  const plain = parseAllDocuments(text, { version: '1.1', prettyErrors: false, uniqueKeys: true, strict: false }) as Document.Parsed[];
  assert.ok(plain[0].errors.length > 10 * MAX_YAML_ERRORS, `${plain[0].errors.length} errors without the cap`);
  assert.deepEqual(doc.errors.map((e) => e.pos), plain[0].errors.slice(0, doc.errors.length).map((e) => e.pos));
});
