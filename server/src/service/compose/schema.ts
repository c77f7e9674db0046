// Compose Specification schema validation through the shared schema support (schema/): the vendored schema's
// validator is compiled ahead of time (validate.generated.ts, ajv standalone code written by
// scripts/update-compose-schema.mjs); `restart`, which the schema leaves free, is checked against Docker's policies.
import type { ValidateFunction } from 'ajv';
import type { DocumentModel } from '../model';
import type { YamlDocModel } from '../kinds/yaml';
import { createSchemaSupport, pointerLabel, rangeOfNode, spot, type SchemaIssue, type SchemaNode } from '../schema';
import type { Converted } from '../schema/convert';
import { RESTART_POLICY, restartAllowed } from './values';

let spec: SchemaNode | undefined;

// The schema and its compiled validator (~330 KB of code and JSON text) are required on first use, not at start-up: a
// session without Compose documents never loads them (in the bundles they are files of their own, see esbuild.mjs).

/** The Compose Specification schema as parsed JSON (for completion and the tests). */
export function composeSpec(): SchemaNode {
  return (spec ??= JSON.parse((require('./spec') as typeof import('./spec')).COMPOSE_SPEC_JSON) as SchemaNode);
}

/** The Compose Specification validator (compiled at build time; its options are in scripts/update-compose-schema.mjs). */
export function composeValidator(): ValidateFunction {
  return (require('./validate.generated') as { validate: unknown }).validate as ValidateFunction;
}

/** `restart` is a free string in the schema, but Docker only knows four policies (`up` fails on anything else). */
function restartIssues(model: DocumentModel, conv: Converted, issues: SchemaIssue[], seen: Set<string>): void {
  const services = (conv.value as { services?: Record<string, unknown> })?.services;
  if (!services || typeof services !== 'object') return;
  for (const [name, svc] of Object.entries(services)) {
    const v = (svc as { restart?: unknown } | null)?.restart;
    if (typeof v !== 'string' || RESTART_POLICY.test(v) || /\$/.test(v)) continue;
    const ptr = `/services/${name.replace(/~/g, '~0').replace(/\//g, '~1')}/restart`;
    const range = spot(model, conv.at.get(ptr));
    if (!range) continue;
    seen.add(`${range.start.line}:${range.start.character}`);
    issues.push({ kind: 'enum', range, args: { key: pointerLabel(ptr), value: v, allowed: restartAllowed() } });
  }
}

export const composeSchema = createSchemaSupport({
  root: composeSpec,
  validator: composeValidator,
  nameSections: /^\/(services|volumes|networks|secrets|configs|models)$/,
  convert: { dropTags: ['!reset'] },
  extraIssues: restartIssues,
});

/** Schema issues of one Compose document (computed once per document version, shared by DC001–DC005). */
export function schemaIssues(model: DocumentModel, doc: YamlDocModel): SchemaIssue[] {
  return composeSchema.issues(model, doc);
}

export const schemaAt = composeSchema.at;
export const objectBranch = composeSchema.objectBranch;
export const enumValues = composeSchema.enumValues;
export const isCollection = composeSchema.isCollection;
export { rangeOfNode };
export type { SchemaNode };
