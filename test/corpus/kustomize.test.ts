// Kustomize against real files: every kustomization and patch of ../shared/corpus/kustomize-examples — its folders
// and the trees its markdown walkthroughs build (walkthroughs.ts) — and of kubernetes-examples, through the service
// in a workspace whose index is built. Errors must be exactly the reviewed ones; the other findings are counted.
// Then the v5 rewrites (KUS010's quick fixes) are proven with kubectl: each kustomization with a deprecated field is
// built before and after its fixes are applied, and the outputs must be byte-identical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { CORPUS_DIR, DATA_DIR, EN, ROOT } from '../helpers';
import { createLanguageService, type LanguageService } from '../../server/src/service/languageService';
import { loadServiceData } from '../../server/src/service/data/load';
import { nodeWorkspaceFs } from '../../server/src/service/workspace/fs';
import { applyEdits } from '../unit/rules/spec';
import { walkthroughs, writeWalkthrough } from './walkthroughs';
import { pathRefs } from '../../server/src/service/kustomize/model';
import { parseYamlFile } from '../../server/src/service/yaml';

const KUSTOMIZE = join(CORPUS_DIR, 'kustomize-examples');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'kustomize');

/** Reviewed errors: `file:line RULE` → why it is true (paths relative to the copied tree). */
const REVIEWED_ERRORS: Record<string, string> = {
  'kustomize-examples/transformerconfigs/images/kustomization.yaml:5 KUS001': 'the corpus copy has mykind.yaml at the top of the example, not under kustomizeconfig/ (kubectl fails the same way)',
  'walkthroughs/components.md-2/components/external_db/kustomization.yaml:7 KUS001': 'the second demo of the walkthrough never creates dbpass.txt (kubectl fails the same way)',
  'walkthroughs/components.md-2/components/ldap/kustomization.yaml:7 KUS001': 'the second demo never creates ldappass.txt',
  'walkthroughs/components.md-2/components/recaptcha/kustomization.yaml:7 KUS001': 'the second demo never creates site_key.txt',
  'walkthroughs/components.md-2/components/recaptcha/kustomization.yaml:8 KUS001': 'the second demo never creates secret_key.txt',
  'walkthroughs/configGeneration.md-1/base/kustomization.yaml:4 KUS001': 'the walkthrough downloads deployment.yaml with curl; the markdown does not contain it',
  'walkthroughs/configGeneration.md-1/base/kustomization.yaml:5 KUS001': 'the walkthrough downloads service.yaml with curl; the markdown does not contain it',
};

function files(dir: string, re: RegExp): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory() && e.name !== '.git') out.push(...files(p, re));
    else if (e.isFile() && re.test(e.name)) out.push(p);
  }
  return out;
}

/** The corpus folders and the walkthrough trees, copied to a temporary workspace (the rewrite test edits them). */
function corpusCopy(): { root: string; walkthroughs: number } {
  const root = mkdtempSync(join(tmpdir(), 'dh-kustomize-corpus-'));
  // Without ../shared (a machine that has only the repository), the fixtures alone.
  if (existsSync(KUSTOMIZE)) cpSync(KUSTOMIZE, join(root, 'kustomize-examples'), { recursive: true });
  if (existsSync(join(CORPUS_DIR, 'kubernetes-examples'))) cpSync(join(CORPUS_DIR, 'kubernetes-examples'), join(root, 'kubernetes-examples'), { recursive: true });
  if (existsSync(FIXTURES)) cpSync(FIXTURES, join(root, 'fixtures'), { recursive: true });
  let n = 0;
  for (const md of existsSync(KUSTOMIZE) ? readdirSync(KUSTOMIZE).filter((f) => f.endsWith('.md')) : []) {
    for (const w of walkthroughs(md, readFileSync(join(KUSTOMIZE, md), 'utf8'))) {
      writeWalkthrough(w, join(root, 'walkthroughs', w.name));
      n++;
    }
  }
  return { root, walkthroughs: n };
}

function serviceFor(root: string): LanguageService {
  const svc = createLanguageService({ data: loadServiceData(DATA_DIR), fs: nodeWorkspaceFs([root]) });
  svc.indexWorkspace([root]);
  return svc;
}

const isKustomization = (f: string) => /^(?:kustomization\.ya?ml|Kustomization)$/.test(f.split('/').pop() ?? '');

test('Kustomize corpus: no unreviewed errors in kustomizations and patches, findings counted per rule', (t) => {
  if (!existsSync(KUSTOMIZE)) {
    t.skip('../shared/corpus not present');
    return;
  }
  const { root, walkthroughs: trees } = corpusCopy();
  try {
    const svc = serviceFor(root);
    const counts = new Map<string, number>();
    const errors = new Map<string, string>();
    const patches = patchFiles(root);
    let kustomizations = 0;
    let jsonPatches = 0;
    for (const f of files(root, /\.ya?ml$|^Kustomization$/)) {
      const m = svc.parse({ uri: `file://${f}`, path: f, text: readFileSync(f, 'utf8') });
      const isK = m.units.some((u) => u.format === 'kustomize');
      if (isK && isKustomization(f)) kustomizations++;
      else if (isK) jsonPatches++;
      for (const d of svc.doValidation(m, EN)) {
        const code = String(d.code);
        // Kustomize's rules everywhere; Kubernetes' on the patch files (a resource's own findings are the Kubernetes corpus test's).
        if (!code.startsWith('KUS') && !(code.startsWith('K8S') && patches.has(f))) continue;
        const key = `${['', 'error', 'warning', 'info', 'hint'][d.severity ?? 2]} ${code}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        if (d.severity === 1) errors.set(`${relative(root, f)}:${d.range.start.line + 1} ${code}`, String(d.message));
      }
    }
    const summary = [...counts].sort().map(([k, n]) => `${k}: ${n}`).join(', ');
    const line = `${kustomizations} kustomizations, ${patches.size} patch files (${jsonPatches} JSON patches), ${trees} walkthrough trees; ${summary}`;
    t.diagnostic(line);
    console.log(`kustomize corpus: ${line}`);
    assert.ok(kustomizations >= 60, `the kustomizations are found (${kustomizations})`);
    const unexpected = [...errors].filter(([k]) => !REVIEWED_ERRORS[k]).map(([k, msg]) => `${k} ${msg}`);
    assert.deepEqual(unexpected, [], 'errors nobody reviewed (false positives until shown otherwise)');
    const stale = Object.keys(REVIEWED_ERRORS).filter((k) => !errors.has(k));
    assert.deepEqual(stale, [], 'reviewed errors that no longer appear: remove them from the list');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

/** The files the kustomizations of the tree read as patches. */
function patchFiles(root: string): Set<string> {
  const out = new Set<string>();
  for (const k of files(root, /^(?:kustomization\.ya?ml|Kustomization)$/)) {
    const root = parseYamlFile(readFileSync(k, 'utf8')).docs[0]?.doc.contents;
    for (const r of pathRefs(root)) if (/^patch/.test(r.key)) out.add(join(dirname(k), r.value));
  }
  return out;
}

function kubectlAvailable(): boolean {
  return spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8', timeout: 20_000 }).status === 0;
}

function build(dir: string): { ok: boolean; out: string; err: string } {
  const r = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { ok: r.status === 0, out: r.stdout ?? '', err: (r.stderr ?? '').split('\n').filter((l) => l && !/^# Warning|Warning: /.test(l)).join('\n') };
}

test('KUS010 rewrites: kubectl kustomize builds the same output before and after', (t) => {
  if (!existsSync(KUSTOMIZE) && !existsSync(FIXTURES)) {
    t.skip('no corpus and no fixtures');
    return;
  }
  if (!kubectlAvailable()) {
    t.skip('kubectl is not installed: the rewrites were not built (run where kubectl is, as CI does)');
    return;
  }
  const { root } = corpusCopy();
  try {
    const svc = serviceFor(root);
    const rows: string[] = [];
    let withDeprecated = 0;
    let fixable = 0;
    let built = 0;
    let identical = 0;
    const different: string[] = [];
    for (const f of files(root, /^(?:kustomization\.ya?ml|Kustomization)$/).sort()) {
      const original = readFileSync(f, 'utf8');
      const deprecated = () => svc.findings(svc.parse({ uri: `file://${f}`, path: f, text: readFileSync(f, 'utf8') }), EN).filter((x) => x.ruleId === 'KUS010');
      const first = deprecated();
      if (!first.length) continue;
      withDeprecated++;
      if (!first.some((x) => x.fixes?.length)) {
        rows.push(`${relative(root, f)}: ${first.map((x) => x.args.key).join(', ')} — no automatic rewrite`);
        continue;
      }
      fixable++;
      const before = build(dirname(f));
      // Apply the fixes one at a time, each on the text the previous one left (as a user clicking them would).
      let text = original;
      for (let i = 0; i < 20; i++) {
        const next = deprecated().find((x) => x.fixes?.length);
        if (!next) break;
        text = applyEdits(text, next.fixes![0].edits, `file://${f}`);
        writeFileSync(f, text);
        svc.fileChanged(f, 'changed');
      }
      const left = deprecated().map((x) => x.args.key);
      if (!before.ok) {
        rows.push(`${relative(root, f)}: rewritten (${first.map((x) => x.args.key).join(', ')}), not built: kubectl fails on the original too (${before.err.split('\n').pop()?.slice(0, 120)})`);
        writeFileSync(f, original);
        svc.fileChanged(f, 'changed');
        continue;
      }
      built++;
      const after = build(dirname(f));
      const same = after.ok && after.out === before.out;
      if (same) identical++;
      else different.push(`${relative(root, f)}\n--- before\n${before.out}\n--- after (${after.ok ? 'built' : after.err})\n${after.out}\n--- rewritten kustomization\n${text}`);
      rows.push(`${relative(root, f)}: ${first.map((x) => x.args.key).join(', ')} → ${same ? 'identical' : 'DIFFERENT'}${left.length ? ` (left: ${left.join(', ')})` : ''}`);
      // Put the original back: a base rewritten here must not change the next overlay's "before".
      writeFileSync(f, original);
      svc.fileChanged(f, 'changed');
    }
    const summary = `${withDeprecated} kustomizations with deprecated fields, ${fixable} with a rewrite, ${built} built by kubectl before, ${identical} identical after`;
    t.diagnostic(summary);
    console.log(`kustomize rewrites: ${summary}\n  ${rows.join('\n  ')}`);
    assert.deepEqual(different, [], 'rewrites that change the build output');
    assert.ok(built > 0, 'at least one rewrite was built');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
