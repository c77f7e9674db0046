// The kustomization field table (server/src/service/kustomize/fields.ts) against kustomize itself: where kubectl is
// installed, every field the table says kubectl's kustomize knows is built without "unknown field", and a made-up
// field is refused the way KUS005 says. The fields marked newer are listed with what this kubectl does with them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STRUCTS, type KType } from '../../server/src/service/kustomize/fields';

const kubectl = spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8', timeout: 20_000 });

/** A value of the right type for a field, as JSON (which is YAML). */
function example(t: KType): unknown {
  if (t === 'string') return 'x';
  if (t === 'integer') return 1;
  if (t === 'boolean') return false;
  if (t === 'any') return {};
  if ('enum' in t) return t.enum[0];
  if ('list' in t) return [example(t.list)];
  if ('map' in t) return {};
  return {};
}

/** Every field path reachable from the kustomization, with a document that sets only it. */
function fieldDocs(): { path: string; since?: string; doc: unknown }[] {
  const out: { path: string; since?: string; doc: unknown }[] = [];
  // A field under a newer one is as new as it.
  const visit = (struct: string, prefix: [string, boolean][], seen: Set<string>, since?: string) => {
    for (const [name, f] of Object.entries(STRUCTS[struct])) {
      let doc: unknown = { [name]: example(f.type) };
      for (let i = prefix.length - 1; i >= 0; i--) doc = { [prefix[i][0]]: prefix[i][1] ? [doc] : doc };
      out.push({ path: [...prefix.map((p) => p[0]), name].join('.'), since: f.since ?? since, doc });
      const isList = typeof f.type === 'object' && 'list' in f.type;
      const t = isList ? (f.type as { list: KType }).list : f.type;
      if (typeof t === 'object' && 'struct' in t && !seen.has(t.struct)) visit(t.struct, [...prefix, [name, isList]], new Set([...seen, t.struct]), f.since ?? since);
    }
  };
  visit('Kustomization', [], new Set(['Kustomization']));
  return out;
}

test('kubectl kustomize knows every field of the table (and refuses a made-up one)', (t) => {
  if (kubectl.status !== 0) {
    t.skip('kubectl is not installed: the table was not compared with kustomize');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dh-kfields-'));
  try {
    writeFileSync(join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: c }\n');
    const unknown = (doc: unknown) => {
      writeFileSync(join(dir, 'kustomization.yaml'), JSON.stringify({ resources: ['cm.yaml'], ...(doc as object) }));
      const r = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 30_000 });
      return /unknown field/.test(r.stderr ?? '');
    };
    const docs = fieldDocs();
    const refused = docs.filter((d) => !d.since && unknown(d.doc)).map((d) => d.path);
    const newer = docs.filter((d) => d.since).map((d) => `${d.path}: ${unknown(d.doc) ? 'unknown to this kubectl' : 'known'}`);
    t.diagnostic(`${docs.length - newer.length} fields known to kubectl's kustomize (${kubectl.stdout.match(/Kustomize Version: (\S+)/)?.[1] ?? '?'}); newer ones: ${newer.join('; ')}`);
    assert.deepEqual(refused, [], 'fields the table has that kustomize refuses');
    assert.ok(unknown({ CommonLables: { a: 'b' } }), 'a misspelt field is refused (KUS005)');
    assert.ok(!unknown({ NamePrefix: 'x-' }), 'a field in another case is read (KUS006 is only info)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
