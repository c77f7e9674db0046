import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isMap, isSeq, isPair, isScalar, isAlias } from 'yaml';
import { parseYamlFile, MAX_YAML_ERRORS, type YamlFile } from '../../server/src/service/yaml';
import { reparseYamlFile } from '../../server/src/service/yaml/incremental';

/** Everything the service reads of a parsed file: per document its range, errors, and every node's type, range and value. */
function shape(file: YamlFile): unknown {
  return file.docs.map((d) => {
    const nodes: unknown[] = [];
    const stack: unknown[] = [d.doc.contents];
    while (stack.length) {
      const n = stack.pop() as { range?: number[] } | null;
      if (!n || typeof n !== 'object') continue;
      if (isPair(n)) {
        stack.push(n.value, n.key);
        continue;
      }
      nodes.push([isMap(n) ? 'map' : isSeq(n) ? 'seq' : isAlias(n) ? 'alias' : 'scalar', n.range, isScalar(n) ? n.value : undefined]);
      if (isMap(n) || isSeq(n)) for (const it of [...(n.items as unknown[])].reverse()) stack.push(it);
    }
    return { index: d.index, start: d.start, end: d.end, errors: d.errors, warnings: d.warnings, docRange: d.doc.range, nodes };
  });
}

function manifest(apps: number): string {
  const docs: string[] = ['# a leading comment\n'];
  for (let i = 0; i < apps; i++) {
    docs.push(
      `${i ? '---\n' : ''}apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-${i}\n  labels: { tier: web, n: "${i}" }\nspec:\n  replicas: ${i % 5}\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/app:${i}.0\n          args: [--port, "80${i % 10}"]\n          env:\n            - name: A\n              value: &v${i} "x"\n            - name: B\n              value: *v${i}\n`,
      `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg-${i}\ndata:\n  k: |\n    line one\n    line two\n...\n`,
    );
  }
  return docs.join('');
}

/** A deterministic PRNG, so a failure names its case. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SNIPPETS = ['1', 'a', ' ', '\n', ': ', '- ', '#', '"', "'", '---\n', '...', '\n---\n', '  x: 1\n', '[', '{', '&a ', '*a', '%YAML 1.2\n', '\t', 'é'];

test('re-parsing only the edited document gives what a full parse gives (500 random edits)', () => {
  const base = manifest(12);
  const random = rng(42);
  let reused = 0;
  for (let n = 0; n < 500; n++) {
    const at = Math.floor(random() * base.length);
    const del = random() < 0.5 ? Math.floor(random() * 4) : 0;
    const ins = random() < 0.7 ? SNIPPETS[Math.floor(random() * SNIPPETS.length)] : '';
    const text = base.slice(0, at) + ins + base.slice(at + del);
    // Each edit starts from a fresh parse of the base (the incremental path moves the documents after the edit).
    const file = reparseYamlFile(parseYamlFile(base), base, text, 0);
    if (!file) continue;
    reused++;
    assert.deepEqual(shape(file), shape(parseYamlFile(text)), `edit ${n}: at ${at}, delete ${del}, insert ${JSON.stringify(ins)}`);
  }
  // Edits inside a document that leave it valid take the fast path (random insertions often break the YAML).
  assert.ok(reused > 100, `only ${reused} of 500 edits took the incremental path`);
});

test('successive edits on the incremental result stay equal to a full parse', () => {
  let text = manifest(12);
  let file = parseYamlFile(text);
  const random = rng(7);
  let reused = 0;
  for (let n = 0; n < 300; n++) {
    const at = Math.floor(random() * text.length);
    const ins = random() < 0.5 ? 'z' : '';
    const del = ins ? 0 : 1;
    const next = text.slice(0, at) + ins + text.slice(at + del);
    const incremental = reparseYamlFile(file, text, next, 0);
    if (incremental) reused++;
    file = incremental ?? parseYamlFile(next);
    text = next;
    assert.deepEqual(shape(file), shape(parseYamlFile(text)), `edit ${n}`);
  }
  assert.ok(reused > 30, `only ${reused} of 300 edits took the incremental path`);
});

test('small files (below 16 KB by default), single documents and identical texts take the full parse', () => {
  const small = 'a: 1\n---\nb: 2\n';
  assert.equal(reparseYamlFile(parseYamlFile(small), small, small.replace('1', '2')), undefined);
  const single = `items:\n${'  - x: 1\n'.repeat(3000)}`;
  assert.equal(reparseYamlFile(parseYamlFile(single), single, single.replace('x: 1', 'x: 2')), undefined);
  const big = manifest(40);
  assert.ok(big.length > 16 * 1024);
  assert.equal(reparseYamlFile(parseYamlFile(big), big, big), undefined);
  assert.ok(reparseYamlFile(parseYamlFile(big), big, big.replace('replicas: 3', 'replicas: 30')));
});

test('fuzz seed 2839864714: stray text after a document (no document of its own) keeps its errors after an edit', () => {
  // `]` after a document's last item is outside every document's range, but its errors belong to that document:
  // re-parsing the edited document alone (up to its end) lost them, and the Compose schema checks then ran on it.
  const doc = (i: number) => `services:\n  web${i}:\n    image: nginx\n    environment:\n      - A=1\n      - ]B=2\n  redis:\n    image: redis\n`;
  const text = Array.from({ length: 6 }, (_, i) => doc(i)).join('---\n');
  const prev = parseYamlFile(text);
  assert.ok(prev.docs[2].errors.some((e) => e.start > prev.docs[2].end), 'an error after the end of document 2');
  const at = text.indexOf('web2:') + 3;
  const edited = text.slice(0, at) + 'x' + text.slice(at);
  const inc = reparseYamlFile(prev, text, edited, 0);
  assert.deepEqual(inc && shape(inc), inc && shape(parseYamlFile(edited)));
  assert.ok(!inc || inc.docs[2].errors.length > 0);
});

/** A playbook: one document, a sequence of plays at column 0 (and a task list file: tasks at column 0). */
function playbook(plays: number): string {
  const out: string[] = ['# site\n---\n'];
  for (let i = 0; i < plays; i++) {
    out.push(
      `- name: play ${i}\n  hosts: web${i}\n  become: yes\n  vars:\n    port: ${8000 + i}\n    list: [a, b, "c${i}"]\n  tasks:\n` +
        `    - name: install ${i}\n      apt:\n        name: nginx\n        state: present\n      notify: restart\n` +
        `    - name: template &t${i}\n      template: { src: a.j2, dest: /etc/a }\n      when: x == ${i}\n` +
        `    # a comment\n    - debug:\n        msg: |\n          line one ${i}\n          line two\n  handlers:\n    - name: restart\n      service: name=nginx state=restarted\n\n`,
    );
  }
  return out.join('');
}

for (const version of ['1.1', '1.2'] as const) {
  test(`a playbook (one document, plays at column 0): re-parsing only the edited play gives a full parse (YAML ${version})`, () => {
    const base = playbook(40);
    assert.ok(base.length > 16 * 1024);
    const random = rng(version === '1.1' ? 11 : 12);
    let reused = 0;
    for (let n = 0; n < 500; n++) {
      const at = Math.floor(random() * base.length);
      const del = random() < 0.5 ? Math.floor(random() * 4) : 0;
      const ins = random() < 0.7 ? SNIPPETS[Math.floor(random() * SNIPPETS.length)] : '';
      const text = base.slice(0, at) + ins + base.slice(at + del);
      const file = reparseYamlFile(parseYamlFile(base, version), base, text, 0);
      if (!file) continue;
      reused++;
      assert.deepEqual(shape(file), shape(parseYamlFile(text, version)), `edit ${n}: at ${at}, delete ${del}, insert ${JSON.stringify(ins)}`);
      assert.equal(file.version, version);
    }
    assert.ok(reused > 100, `only ${reused} of 500 edits took the incremental path`);
  });
}

test('a playbook: successive edits on the incremental result stay equal to a full parse', () => {
  let text = playbook(30);
  let file = parseYamlFile(text, '1.1');
  const random = rng(5);
  let reused = 0;
  for (let n = 0; n < 300; n++) {
    // Typing inside words, as one does (the 500 edits above cover structural ones): the playbook stays valid.
    const inWords: number[] = [];
    for (const m of text.matchAll(/[a-z]{3,}/g)) inWords.push(m.index! + 1);
    const at = inWords[Math.floor(random() * inWords.length)];
    const ins = random() < 0.6 ? 'z' : '';
    const del = ins ? 0 : 1;
    const next = text.slice(0, at) + ins + text.slice(at + del);
    const incremental = reparseYamlFile(file, text, next, 0);
    if (incremental) reused++;
    file = incremental ?? parseYamlFile(next, '1.1');
    text = next;
    assert.deepEqual(shape(file), shape(parseYamlFile(text, '1.1')), `edit ${n}`);
  }
  assert.ok(reused > 30, `only ${reused} of 300 edits took the incremental path`);
});

test('fuzz seed 1016976314: a file at the error cap is re-parsed whole (which errors are kept depends on what precedes)', () => {
  // Documents with errors everywhere; an edit removes some errors of an early document. With the file at the cap,
  // a full parse then keeps more errors of the later documents than the ones the previous parse had kept.
  // 10 errors each, but document 7 has one, which the edit mends.
  const bad = (i: number) => (i === 7 ? 'a7: b: c\n' : `a${i}: 1\nx: }}}}}}}}}}\n`);
  const text = Array.from({ length: 150 }, (_, i) => bad(i)).join('---\n');
  const prev = parseYamlFile(text);
  assert.ok(prev.docs.reduce((n, d) => n + d.errors.length + d.warnings.length, 0) >= MAX_YAML_ERRORS, 'at the cap');
  const at = text.indexOf('a7: b: c') + 5;
  const edited = text.slice(0, at) + ';' + text.slice(at + 1);
  const inc = reparseYamlFile(prev, text, edited, 0);
  assert.deepEqual(inc && shape(inc), inc && shape(parseYamlFile(edited)));
});
