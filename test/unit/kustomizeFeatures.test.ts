// Kustomize hovers (fields, values, facts of the build), go to definition, document links and completion, over the
// fixture trees in test/fixtures/kustomize (the notes' base with dev/prod/json overlays, generators, images).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EN, KO, ROOT, workspaceService } from '../helpers';
import type { LanguageService } from '../../server/src/service/languageService';
import { STRUCTS } from '../../server/src/service/kustomize/fields';
import { loadServiceData } from '../../server/src/service/data/load';
import { compilePattern, matchPath } from '../../server/src/service/yaml';
import { DATA_DIR } from '../helpers';

const DIR = join(ROOT, 'test', 'fixtures', 'kustomize');
let svc: LanguageService | undefined;
function ws(): LanguageService {
  if (!svc) {
    svc = workspaceService(DIR);
    svc.indexWorkspace([DIR]);
  }
  return svc;
}

/** The document at `rel` (or `text` as that file), and the position of `needle` (+ `delta` characters). */
function at(rel: string, needle: string, delta = 0, text?: string) {
  const path = join(DIR, rel);
  const t = text ?? readFileSync(path, 'utf8');
  const i = t.indexOf(needle);
  assert.ok(i >= 0, `${needle} in ${rel}`);
  const m = ws().parse({ uri: pathToFileURL(path).href, path, text: t });
  const before = t.slice(0, i + delta).split('\n');
  return { m, pos: { line: before.length - 1, character: before[before.length - 1].length } };
}

test('hover: a field explained in Korean and English, citing the notes', () => {
  const { m, pos } = at('notes/generators/kustomization.yaml', 'generatorOptions');
  const hit = ws().findHover(m, pos);
  assert.equal(hit?.entryId, 'kustomize.field.generatorOptions');
  const ko = ws().doHover(m, pos, KO);
  assert.match(String((ko?.contents as { value: string }).value), /제너레이터/);
  assert.match(String((ko?.contents as { value: string }).value), /04\. ConfigMap과 Secret, Generator/);
});

test('hover: namePrefix lists the names the objects end up with', () => {
  const { m, pos } = at('notes/dev/kustomization.yaml', 'namePrefix');
  const hit = ws().findHover(m, pos);
  assert.equal(hit?.entryId, 'kustomize.field.namePrefix');
  assert.deepEqual(hit?.facts?.map((f) => `${f.id} ${f.args?.kind} ${f.args?.from}→${f.args?.to}`), ['fact.kus.renamed Deployment hello→dev-hello', 'fact.kus.renamed Service hello→dev-hello']);
});

test('hover: a resource folder shows what it brings; a patch target, the objects it changes', () => {
  const base = ws().findHover(at('notes/dev/kustomization.yaml', '../base', 2).m, at('notes/dev/kustomization.yaml', '../base', 2).pos);
  assert.equal(base?.entryId, 'kustomize.field.resources');
  assert.deepEqual(base?.facts?.map((f) => `${f.args?.kind} ${f.args?.name}`), ['Deployment hello', 'Service hello']);
  const t = at('notes/json/kustomization.yaml', 'target', 1);
  const target = ws().findHover(t.m, t.pos);
  assert.equal(target?.entryId, 'kustomize.field.patches.target');
  assert.deepEqual(target?.facts?.map((f) => `${f.id} ${f.args?.kind} ${f.args?.name}`), ['fact.kus.patches Deployment hello']);
});

test('hover: values with their own entries (generator behavior, JSON patch op)', () => {
  const b = at('x/kustomization.yaml', 'merge', 1, 'configMapGenerator:\n- name: app\n  behavior: merge\n');
  assert.equal(ws().findHover(b.m, b.pos)?.entryId, 'kustomize.value.behavior.merge');
  const op = at('notes/json/resources.yaml', 'add', 1);
  assert.equal(ws().findHover(op.m, op.pos)?.entryId, 'kustomize.jsonpatch.op.add');
  const key = at('notes/json/resources.yaml', 'path', 1);
  assert.equal(ws().findHover(key.m, key.pos)?.entryId, 'kustomize.jsonpatch.path');
});

test('hover: the first character of a key right after a block list is that key', () => {
  const { m, pos } = at('notes/images/kustomization.yaml', 'replicas');
  assert.equal(ws().findHover(m, pos)?.entryId, 'kustomize.field.replicas');
});

test('definition: a path opens its file (a folder, its kustomization); a patch, the object it changes', () => {
  const base = at('notes/dev/kustomization.yaml', '../base', 2);
  assert.deepEqual(ws().doDefinition(base.m, base.pos).map((l) => l.uri.split('/fixtures/kustomize/')[1]), ['notes/base/kustomization.yaml']);
  const patch = at('notes/dev/kustomization.yaml', 'service.yaml', 2);
  assert.deepEqual(ws().doDefinition(patch.m, patch.pos).map((l) => `${l.uri.split('/fixtures/kustomize/')[1]}:${l.range.start.line + 1}`), ['notes/dev/service.yaml:1', 'notes/base/service.yaml:2']);
  const image = at('notes/images/kustomization.yaml', 'nginxdemos/hello', 2);
  assert.deepEqual(ws().doDefinition(image.m, image.pos).map((l) => l.uri.split('/fixtures/kustomize/')[1]), ['notes/base/deployment.yaml']);
});

test('document links: every path of a kustomization, folders to their kustomization', () => {
  const { m } = at('notes/generators/kustomization.yaml', 'resources');
  const links = ws().documentLinks(m).map((l) => `${l.range.start.line + 1}:${l.target?.split('/fixtures/kustomize/')[1]}`);
  assert.deepEqual(links, ['2:notes/generators/deployment.yaml', '9:notes/generators/mysql.env', '12:notes/generators/files/test1.txt', '13:notes/generators/files/test2.txt']);
  const dev = at('notes/dev/kustomization.yaml', 'resources');
  assert.deepEqual(ws().documentLinks(dev.m).map((l) => l.target?.split('/fixtures/kustomize/')[1]), ['notes/base/kustomization.yaml', 'notes/dev/resources.yaml', 'notes/dev/service.yaml']);
});

function labels(rel: string, textWithCaret: string): string[] {
  const i = textWithCaret.indexOf('|');
  const text = textWithCaret.replace('|', '');
  const { m, pos } = at(rel, text.slice(0, i).split('\n').pop() || text.slice(0, 1), 0, text);
  const before = text.slice(0, i).split('\n');
  void pos;
  return ws().doComplete(m, { line: before.length - 1, character: before[before.length - 1].length }, EN).items.map((x) => x.label);
}

test('completion: fields (deprecated last, newer ones left out), values, paths, names from the build', () => {
  const top = labels('notes/dev/kustomization.yaml', 'resources:\n- ../base\n|\n');
  assert.ok(top.includes('namePrefix') && top.includes('patches') && top.includes('commonLabels'));
  assert.ok(!top.includes('resources'), 'a key already there is not offered');
  const gen = labels('notes/dev/kustomization.yaml', 'configMapGenerator:\n- |\n');
  assert.ok(gen.includes('literals') && !gen.includes('immutable'), 'a field kubectl’s kustomize does not know is not offered');
  assert.deepEqual(labels('notes/dev/kustomization.yaml', 'configMapGenerator:\n- name: a\n  behavior: |\n'), ['create', 'replace', 'merge']);
  assert.deepEqual(labels('notes/dev/kustomization.yaml', 'resources:\n- |\n'), ['resources.yaml', 'service.yaml', '../']);
  assert.ok(labels('notes/dev/kustomization.yaml', 'resources:\n- ../|\n').includes('../base/'));
  assert.ok(!labels('notes/dev/kustomization.yaml', 'resources:\n- ../|\n').includes('../dev/'), 'not its own folder');
  assert.deepEqual(labels('notes/dev/kustomization.yaml', 'resources:\n- ../base\npatches:\n- path: p.yaml\n  target:\n    kind: |\n'), ['Deployment', 'Service']);
  assert.deepEqual(labels('notes/dev/kustomization.yaml', 'resources:\n- ../base\nimages:\n- name: |\n'), ['nginxdemos/hello']);
  assert.deepEqual(labels('notes/dev/kustomization.yaml', 'resources:\n- ../base\nreplicas:\n- name: |\n'), ['hello']);
  assert.deepEqual(labels('notes/json/resources.yaml', '- op: |\n'), ['add', 'remove', 'replace', 'move', 'copy', 'test']);
});

test('every kustomization field kustomize v5.5 knows has a hover entry', () => {
  const kb = loadServiceData(DATA_DIR).kb.filter((e) => e.match && e.id.startsWith('kustomize.'));
  const patterns = kb.flatMap((e) => (Array.isArray(e.match!.path) ? e.match!.path : [e.match!.path]).map(compilePattern));
  const missing: string[] = [];
  const visit = (struct: string, path: (string | number)[], seen: Set<string>) => {
    for (const [name, f] of Object.entries(STRUCTS[struct])) {
      if (f.since) continue;
      const p = [...path, name];
      const t = typeof f.type === 'object' && 'list' in f.type ? f.type.list : f.type;
      const isList = typeof f.type === 'object' && 'list' in f.type;
      if (path.length < 2 && !patterns.some((pt) => matchPath(pt, p))) missing.push(p.join('.'));
      if (typeof t === 'object' && 'struct' in t && !seen.has(t.struct)) visit(t.struct, isList ? [...p, 0] : p, new Set([...seen, t.struct]));
    }
  };
  visit('Kustomization', [], new Set(['Kustomization']));
  assert.deepEqual(missing, [], 'fields (top level and one level down) without an entry');
});
