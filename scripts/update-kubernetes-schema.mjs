#!/usr/bin/env node
// Generates the Kubernetes field tree from the `kubernetes-models` npm package (and its `@kubernetes-models/apimachinery`),
// which are generated from the Kubernetes OpenAPI specification: every built-in kind of the current release, plus the
// kinds of API versions that were removed (the package merges older specifications, so a manifest that still says
// `extensions/v1beta1` is read with its own fields). Nothing here is typed by hand.
//
// How: the package's type declarations (`*.d.ts`, one interface per OpenAPI definition, with the API's descriptions as
// JSDoc) are read with the TypeScript parser: properties, `?` (optional) or not (required), string-literal unions
// (enumerations), `Array<…>`, `{ [key: string]: … }`, references to other definitions. Whether a `number` is an integer
// is asked of the package's own compiled validators (a probe with 1.5). IntOrString, Quantity, Time and the free-form
// definitions (RawExtension, JSON, FieldsV1) become the types `int-or-string`, `quantity`, `string` and `any`.
//
//   node scripts/update-kubernetes-schema.mjs           # rewrite the generated files from node_modules
//   node scripts/update-kubernetes-schema.mjs --check   # exit 1 when they are out of step with node_modules
//
// To refresh: `npm install -D --save-exact kubernetes-models@<new>`, set KUBERNETES_VERSION below to the release its
// changelog names, run this script, then `npm test` (test/unit/k8sSchema.test.ts fails when a field we rely on moved).
//
// It writes:
//   server/data/schemas/kubernetes.source.json          package versions and the Kubernetes release
//   server/src/service/kubernetes/tree.generated.ts     the field tree (kinds → definitions → fields)
//   server/src/service/kubernetes/docs.generated.ts     the API's own descriptions of every definition and field
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The Kubernetes release the package version below was generated from (its CHANGELOG: "Update to Kubernetes v1.36.0"). */
const KUBERNETES_VERSION = '1.36.0';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ts = require('typescript');
const modelsDir = dirname(require.resolve('kubernetes-models/package.json'));
const machineryDir = dirname(require.resolve('@kubernetes-models/apimachinery/package.json'));
const modelsVersion = JSON.parse(readFileSync(join(modelsDir, 'package.json'), 'utf8')).version;
const machineryVersion = JSON.parse(readFileSync(join(machineryDir, 'package.json'), 'utf8')).version;

const out = {
  source: join(root, 'server/data/schemas/kubernetes.source.json'),
  tree: join(root, 'server/src/service/kubernetes/tree.generated.ts'),
  docs: join(root, 'server/src/service/kubernetes/docs.generated.ts'),
};

/** Definitions whose values are free-form or scalar aliases. */
const SPECIAL = {
  IoK8sApimachineryPkgUtilIntstrIntOrString: 'int-or-string',
  IoK8sApimachineryPkgApiResourceQuantity: 'quantity',
  IoK8sApimachineryPkgApisMetaV1Time: 'string',
  IoK8sApimachineryPkgApisMetaV1MicroTime: 'string',
};

function dtsFiles(dir) {
  const outFiles = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(p).isDirectory()) outFiles.push(...dtsFiles(p));
    else if (name.endsWith('.d.ts') && name !== 'index.d.ts') outFiles.push(p);
  }
  return outFiles.sort();
}

const jsdoc = (node) => {
  const docs = node.jsDoc ?? [];
  const text = docs.map((d) => (typeof d.comment === 'string' ? d.comment : (d.comment ?? []).map((c) => c.text).join(''))).join('\n').trim();
  return text || undefined;
};

const refName = (typeName) => (typeName.startsWith('II') ? typeName.slice(1) : typeName);

/** definitions: name → { props: { field: { type, description } }, required, description, file, kind? } */
const defs = new Map();
const kinds = [];

for (const file of [...dtsFiles(machineryDir), ...dtsFiles(modelsDir)]) {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  // `export type { IPod as IIoK8sApiCoreV1Pod, … }`: local interface name → global definition name.
  const globalName = new Map();
  for (const st of sf.statements) {
    if (ts.isExportDeclaration(st) && st.exportClause && ts.isNamedExports(st.exportClause)) {
      for (const el of st.exportClause.elements) {
        const local = (el.propertyName ?? el.name).text;
        const exported = el.name.text;
        if (exported.startsWith('IIoK8s')) globalName.set(local, refName(exported));
      }
    }
  }
  // An inline object type (StatefulSet's volumeClaimTemplates items): a definition of its own, named after its place.
  const inlineDef = (node, hint) => {
    const def = { props: {}, required: [], file };
    for (const m of node.members) {
      if (!ts.isPropertySignature(m)) continue;
      const name = m.name.text ?? m.name.getText(sf);
      def.props[name] = { type: typeOf(m.type, `${hint}.${name}`), description: jsdoc(m) };
      if (!m.questionToken) def.required.push(name);
    }
    defs.set(hint, def);
    return { $ref: hint };
  };
  const typeOf = (node, hint) => {
    if (!node) return 'any';
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword: return 'string';
      case ts.SyntaxKind.NumberKeyword: return 'number';
      case ts.SyntaxKind.BooleanKeyword: return 'boolean';
      case ts.SyntaxKind.AnyKeyword:
      case ts.SyntaxKind.UnknownKeyword: return 'any';
      case ts.SyntaxKind.LiteralType:
        if (ts.isStringLiteral(node.literal)) return { enum: [node.literal.text] };
        break;
      case ts.SyntaxKind.UnionType: {
        const parts = node.types.map((t) => typeOf(t, hint));
        if (parts.every((p) => typeof p === 'object' && p.enum)) return { enum: parts.flatMap((p) => p.enum).sort() };
        if (parts.length === 2 && parts.includes('string') && parts.includes('number')) return 'string-or-number';
        return { oneOf: parts };
      }
      case ts.SyntaxKind.TypeReference: {
        const name = node.typeName.getText(sf);
        if (name === 'Array' && node.typeArguments?.length === 1) return { list: typeOf(node.typeArguments[0], `${hint}.items`) };
        const g = globalName.get(name) ?? refName(name);
        return { $ref: g };
      }
      case ts.SyntaxKind.TypeLiteral: {
        const index = node.members.find((m) => ts.isIndexSignatureDeclaration(m));
        if (index && node.members.length === 1) return { map: typeOf(index.type, `${hint}.values`) };
        if (node.members.length === 0) return 'any';
        if (node.members.every((m) => ts.isPropertySignature(m))) return inlineDef(node, hint);
        break;
      }
      case ts.SyntaxKind.ArrayType: return { list: typeOf(node.elementType, `${hint}.items`) };
    }
    throw new Error(`${relative(root, file)}: type not understood: ${node.getText(sf)}`);
  };
  for (const st of sf.statements) {
    if (ts.isTypeAliasDeclaration(st) && st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      const g = globalName.get(st.name.text);
      if (!g) continue;
      defs.set(g, { alias: SPECIAL[g] ?? typeOf(st.type, g), description: jsdoc(st), file });
      continue;
    }
    if (!ts.isInterfaceDeclaration(st)) continue;
    const g = globalName.get(st.name.text);
    if (!g) continue;
    const def = { props: {}, required: [], description: jsdoc(st), file };
    let apiVersion;
    let kind;
    for (const m of st.members) {
      if (!ts.isPropertySignature(m)) {
        if (ts.isIndexSignatureDeclaration(m)) def.additional = typeOf(m.type, `${g}.values`);
        continue;
      }
      const name = m.name.text ?? m.name.getText(sf);
      const type = typeOf(m.type, `${g}.${name}`);
      def.props[name] = { type, description: jsdoc(m) };
      if (!m.questionToken) def.required.push(name);
      if (name === 'apiVersion' && type.enum?.length === 1) apiVersion = type.enum[0];
      if (name === 'kind' && type.enum?.length === 1) kind = type.enum[0];
    }
    const extendsTypeMeta = st.heritageClauses?.some((h) => h.types.some((t) => t.expression.getText(sf) === 'TypeMeta'));
    if (extendsTypeMeta && apiVersion && kind) {
      def.kind = { apiVersion, kind };
      kinds.push([apiVersion, kind, g]);
    }
    if (Object.keys(def.props).length === 0 && !def.additional) def.alias = 'any';
    defs.set(g, def);
  }
}

// Integers: ask the compiled validator of each definition with a `number` property (a probe value of 1.5).
for (const [name, def] of defs) {
  if (!def.props) continue;
  const numeric = Object.entries(def.props).filter(([, p]) => p.type === 'number' || p.type?.list === 'number' || p.type?.map === 'number');
  if (!numeric.length) continue;
  const base = def.file.startsWith(machineryDir) ? machineryDir : modelsDir;
  const mod = await import(pathToFileURL(join(base, '_schemas', `${name}.js`)).href);
  for (const [field, p] of numeric) {
    const probe = p.type === 'number' ? 1.5 : p.type.list ? [1.5] : { k: 1.5 };
    mod.validate({ [field]: probe });
    const errors = mod.validate.errors ?? [];
    const integer = errors.some((e) => e.instancePath.startsWith(`/${field}`) && e.keyword === 'type' && e.params.type === 'integer');
    const replace = (t) => (t === 'number' ? (integer ? 'integer' : 'number') : t);
    p.type = p.type === 'number' ? replace(p.type) : p.type.list ? { list: replace(p.type.list) } : { map: replace(p.type.map) };
  }
}

// Every reference resolves.
for (const [name, def] of defs) {
  const visit = (t, where) => {
    if (!t || typeof t !== 'object') return;
    if (t.$ref && !defs.has(t.$ref)) throw new Error(`${name}.${where}: unknown definition ${t.$ref}`);
    for (const x of [t.list, t.map, ...(t.oneOf ?? [])]) visit(x, where);
  };
  for (const [field, p] of Object.entries(def.props ?? {})) visit(p.type, field);
}

// The tree: definitions (aliases folded into the types that use them), kinds by apiVersion.
const fold = (t) => {
  if (typeof t !== 'object') return t;
  if (t.$ref) {
    const d = defs.get(t.$ref);
    if (d.alias !== undefined) return fold(d.alias);
    return { $ref: t.$ref };
  }
  if (t.list) return { list: fold(t.list) };
  if (t.map) return { map: fold(t.map) };
  if (t.oneOf) return { oneOf: t.oneOf.map(fold) };
  return t;
};
const treeDefs = {};
const docDefs = {};
for (const name of [...defs.keys()].sort()) {
  const d = defs.get(name);
  if (d.alias !== undefined) continue;
  const props = {};
  const docs = {};
  if (d.description) docs[''] = d.description;
  for (const field of Object.keys(d.props).sort()) {
    props[field] = fold(d.props[field].type);
    if (d.props[field].description) docs[field] = d.props[field].description;
  }
  const entry = { properties: props };
  if (d.required.length) entry.required = [...d.required].sort();
  if (d.additional) entry.additional = fold(d.additional);
  treeDefs[name] = entry;
  if (Object.keys(docs).length) docDefs[name] = docs;
}
const treeKinds = {};
for (const [apiVersion, kind, name] of kinds.sort((a, b) => (a[0] + a[1]).localeCompare(b[0] + b[1]))) {
  (treeKinds[apiVersion] ??= {})[kind] = name;
}

// Descriptions: each distinct text once.
const texts = [];
const textIndex = new Map();
const textId = (s) => {
  let i = textIndex.get(s);
  if (i === undefined) {
    i = texts.length;
    texts.push(s);
    textIndex.set(s, i);
  }
  return i;
};
const docsOut = {};
for (const [name, docs] of Object.entries(docDefs)) {
  docsOut[name] = Object.fromEntries(Object.entries(docs).map(([f, s]) => [f, textId(s)]));
}

const source = {
  kubernetes: KUBERNETES_VERSION,
  package: `kubernetes-models@${modelsVersion}`,
  apimachinery: `@kubernetes-models/apimachinery@${machineryVersion}`,
  generator: 'scripts/update-kubernetes-schema.mjs',
  kinds: kinds.length,
  definitions: Object.keys(treeDefs).length,
};
const header = (what) => [
  `// Generated by scripts/update-kubernetes-schema.mjs from ${source.package} (Kubernetes ${KUBERNETES_VERSION}). Do not edit.`,
  `// ${what} The models are generated from the Kubernetes OpenAPI specification (Apache-2.0).`,
];
const treeModule = [
  ...header('The field tree: every built-in kind and the definitions its fields refer to, as a JSON string parsed once, lazily.'),
  `export const KUBERNETES_VERSION = ${JSON.stringify(KUBERNETES_VERSION)};`,
  `export const KUBERNETES_TREE_SOURCE = ${JSON.stringify(source.package)};`,
  `export const KUBERNETES_TREE_JSON = ${JSON.stringify(JSON.stringify({ kinds: treeKinds, definitions: treeDefs }))};`,
  '',
].join('\n');
const docsModule = [
  ...header("The API's own descriptions of each definition and field (texts deduplicated), parsed on the first hover that needs one."),
  `export const KUBERNETES_DOCS_JSON = ${JSON.stringify(JSON.stringify({ texts, definitions: docsOut }))};`,
  '',
].join('\n');
const sourceJson = JSON.stringify(source, null, 2) + '\n';

if (process.argv.includes('--check')) {
  let stale = false;
  for (const [path, expected] of [[out.source, sourceJson], [out.tree, treeModule], [out.docs, docsModule]]) {
    let actual = '';
    try {
      actual = readFileSync(path, 'utf8');
    } catch {
      // missing: stale
    }
    if (actual !== expected) {
      console.error(`${relative(root, path)} is out of step with node_modules/kubernetes-models: run node scripts/update-kubernetes-schema.mjs`);
      stale = true;
    }
  }
  process.exit(stale ? 1 : 0);
}
writeFileSync(out.source, sourceJson);
writeFileSync(out.tree, treeModule);
writeFileSync(out.docs, docsModule);
console.log(`${source.package} (Kubernetes ${KUBERNETES_VERSION}): ${kinds.length} kinds in ${Object.keys(treeKinds).length} API versions, ${source.definitions} definitions; tree ${(treeModule.length / 1024).toFixed(0)} KB, descriptions ${(docsModule.length / 1024).toFixed(0)} KB (${texts.length} texts)`);
