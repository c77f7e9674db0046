// The Dockerfile a Compose `build` section uses, and its stage names (`FROM image AS name`), for DC015 and completion.
import type { WorkspaceFs } from '../workspace/fs';
import { getValue, scalarString } from '../yaml';
import { hasVariable } from './document';

/** The Dockerfile's text: `dockerfile_inline`, else `<context>/<dockerfile or Dockerfile>` through the workspace. */
export function dockerfileOf(build: unknown, contextDir: string, fs: WorkspaceFs): string | undefined {
  const inline = scalarString(getValue(build, 'dockerfile_inline'));
  if (inline !== undefined) return inline;
  if (!fs.available) return undefined;
  const df = scalarString(getValue(build, 'dockerfile')) ?? 'Dockerfile';
  if (hasVariable(df)) return undefined;
  return fs.readFile(df.startsWith('/') ? df : `${contextDir}/${df}`);
}

const FROM_AS = /^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*\S+[ \t]+AS[ \t]+([A-Za-z0-9][\w.-]*)[ \t]*(?:#.*)?$/gim;

export function stageNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(FROM_AS)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}
