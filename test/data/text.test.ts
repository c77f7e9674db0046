// Every text we ship, rendered as the user sees it — every rule message and variant, fix title, ui string and
// knowledge-base entry, in Korean and in English — with realistic values for its placeholders (SAMPLES), checked
// by textProblems (test/textCheck.ts): no dash or `undefined` standing for a value, no `{placeholder}` left, no
// particle in both forms, no untranslated English sentence in the Korean text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DATA_DIR } from '../helpers';
import { loadServiceData } from '../../server/src/service/data/load';
import { KnowledgeBase, fill, forSurface } from '../../server/src/service/kb/knowledgeBase';
import { renderEntry } from '../../server/src/service/kb/render';
import type { Locale, Localized } from '../../server/src/service/types';
import { textProblems } from '../textCheck';

/**
 * A realistic value for every placeholder name the data uses, as the code fills it in (names without their quotes:
 * the messages quote them). A new placeholder needs a line here: the test fails on a name it has no sample for.
 */
export const SAMPLES: Record<string, string> = {
  action: 'install',
  actual: 'string',
  allowed: '`always`, `missing`, `never`',
  apiVersion: 'apps/v1',
  asDecimal: '420',
  behavior: 'merge',
  belongs: 'spec.template.spec',
  bits: 'setuid',
  chain: 'overlays/dev → base → overlays/dev',
  children: 'web, db',
  choices: '`present`, `absent`, `latest`',
  clean: 'rm -rf /var/lib/apt/lists/*',
  closest: 'app=web',
  command: 'npm start',
  compare: '== true',
  condition: 'service_healthy',
  container: 'web',
  count: '3',
  cycle: 'web → db → web',
  decimal: '420',
  declared: 'http, metrics',
  definition: 'PodSpec',
  deprecatedIn: '1.22',
  depth: '20',
  description: "> Number of desired pods. This is a pointer to distinguish between explicit zero and not specified.",
  destination: 'app/',
  detail: 'must be a string',
  digest: 'sha256:4f0a7b…',
  dir: '/app',
  error: 'exit status 1',
  errors: '1 error',
  example: 'node:22-alpine',
  examples: '`node_modules`, `.git`, `.env`',
  expected: 'integer',
  expr: 'item.name',
  field: 'replicas',
  file: 'compose.override.yaml',
  files: '3 files',
  first: 'apt',
  flag: '--no-install-recommends',
  found: 'v1beta1',
  from: 'Restart nginx',
  given: 'owner',
  group: 'webservers',
  handler: 'Restart nginx',
  host: 'web1.example.com',
  hosts: 'web1, web2',
  id: 'patch-0',
  image: 'node:22-alpine',
  images: 'nginx',
  infos: '2 info',
  instruction: 'COPY',
  key: 'ports',
  keys: 'APP_MODE, LOG_LEVEL',
  kind: 'ConfigMap',
  known: '`resources`, `patches`, `images`',
  labels: 'app=web',
  last: '12',
  levels: 'play',
  limit: '1000',
  line: '7',
  lines: '9, 14',
  lookup: 'fileglob',
  low: '644',
  manifest: 'package.json',
  max: '65535',
  meant: '0644',
  min: '1',
  missing: 'group',
  module: 'ansible.builtin.apt',
  ms: '200',
  n: '4',
  name: 'web',
  names: 'web, db',
  namespace: 'staging',
  node: 'worker-1',
  number: '3',
  objects: 'Deployment web, Service web',
  octal: '0644',
  op: 'replace',
  option: 'name',
  options: 'name, state',
  other: 'api',
  packages: 'curl',
  parent: 'all',
  patch: 'patch.yaml',
  path: './data',
  pattern: '^[a-z]+$',
  perms: 'rw-r--r--',
  platform: 'linux/amd64',
  port: '8080',
  ports: 'http (80), metrics (9090)',
  probe: 'livenessProbe',
  program: 'apt-get',
  property: 'restart',
  register: 'result',
  registry: 'docker.io',
  removedIn: '1.25',
  replacement: 'policy/v1',
  replacementKind: 'PodDisruptionBudget',
  replicas: '3',
  repository: 'library/node',
  rule: 'DF001',
  schedule: '*/5 * * * *',
  seconds: '60',
  section: 'services',
  selector: 'app=web',
  service: 'web',
  shell: '&&',
  since: '2.14',
  size: '2 MB',
  source: 'src',
  stages: '`build`, `runtime`',
  suggestion: 'ports',
  surge: '25%',
  tag: '22-alpine',
  target: 'production',
  text: 'every 5 minutes',
  to: 'ansible.builtin.systemd',
  tool: 'npm',
  type: 'integer',
  unavailable: '0',
  update: 'apt-get update',
  url: 'https://example.com/app.tar.gz',
  user: 'root',
  value: '8080',
  variable: 'APP_HOME',
  variant: 'slim',
  version: '1.31',
  via: 'depends_on',
  volume: 'data',
  warnings: '6 warnings',
  what: 'the image `node:22-alpine`',
  where: 'services.web',
  why: 'a remote resource',
  word: 'ansible_hosts',
  workload: 'Deployment web',
  workloads: 'Deployment web (deploy.yaml)',
};

const data = loadServiceData(DATA_DIR);
const kb = new KnowledgeBase(data);
const LOCALES: Locale[] = ['ko', 'en'];
const PLACEHOLDER = /(?<![$\w{])\{([A-Za-z]\w*)\}/g;

/** Every text with a placeholder or not, with where it is: rule titles, messages, variants and fixes; ui strings. */
function templates(): [string, Localized][] {
  const out: [string, Localized][] = [];
  for (const r of data.rules) {
    out.push([`${r.id}.title`, r.title], [`${r.id}.message`, r.message]);
    for (const [v, t] of Object.entries(r.variants ?? {})) out.push([`${r.id}.variants.${v}`, t]);
    for (const [f, t] of Object.entries(r.fixes ?? {})) out.push([`${r.id}.fixes.${f}`, t]);
  }
  for (const [k, t] of Object.entries(data.ui)) out.push([`ui.${k}`, t]);
  return out;
}

test('every placeholder name has a sample value', () => {
  const missing = new Set<string>();
  const texts = [...templates().map(([, t]) => t), ...data.kb.flatMap((e) => [e.title, e.body])];
  for (const t of texts) for (const locale of LOCALES) for (const m of t[locale].matchAll(PLACEHOLDER)) if (!(m[1] in SAMPLES)) missing.add(m[1]);
  assert.deepEqual([...missing], [], 'add a realistic value for each to SAMPLES');
});

test('every rule message, variant, fix title and ui string reads right in both languages', () => {
  const problems: string[] = [];
  let n = 0;
  for (const [where, t] of templates()) {
    for (const locale of LOCALES) {
      for (const surface of ['plain', 'markdown'] as const) {
        const out = forSurface(fill(t[locale], SAMPLES), surface);
        n++;
        for (const p of textProblems(out, locale)) problems.push(`${where} (${locale}): ${p}\n    ${out}`);
      }
    }
  }
  assert.deepEqual(problems, []);
  assert.ok(n > 2000, `${n} texts rendered`);
});

test('every knowledge-base entry reads right in both languages', () => {
  const problems: string[] = [];
  for (const e of data.kb) {
    for (const locale of LOCALES) {
      // The whole hover (the footer quotes the notes' Korean headings in both languages), then the entry's own words.
      const out = renderEntry(kb, e, { locale, markdown: true }, [], SAMPLES);
      for (const p of textProblems(out, locale, { language: false })) problems.push(`${e.id} (${locale}): ${p}`);
      for (const part of [e.title, e.body]) for (const p of textProblems(fill(part[locale], SAMPLES), locale)) problems.push(`${e.id} (${locale}): ${p}`);
    }
  }
  assert.deepEqual(problems, []);
});
