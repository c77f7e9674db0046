// A service's `build`: its context folder, the Dockerfile it reads (a file, or `dockerfile_inline`) and its target.
// The Dockerfile's stages come from the workspace index (our Dockerfile parser, an unsaved edit included), never
// from a second reading of the file here.
import type { DocumentModel } from '../model';
import type { WorkspaceView } from '../workspace/view';
import { dirOf, resolveIn } from '../common/paths';
import { getValue, isMap, scalarString, type YamlNode } from '../yaml';
import { hasVariable, type Entry } from './model';

/** A build context that is not a local folder: a Git URL, an http(s) URL, a named context. */
export const isRemoteContext = (s: string) => /^(?:[a-z][\w+.-]*:\/\/|git@|github\.com\/)/i.test(s);

export interface BuildInfo {
  /** The `build` map. */
  node: unknown;
  /** The context folder (absolute), when it is a local path without variables. */
  contextDir?: string;
  /** The Dockerfile (absolute), when it is a file whose path is known. */
  dockerfile?: string;
  /** `dockerfile_inline`. */
  inline?: string;
  target?: string;
  targetNode?: YamlNode;
}

/** The build of a service in long form (`build: { … }`), resolved against the Compose file's folder. */
export function buildOf(model: DocumentModel, service: Entry): BuildInfo | undefined {
  const build = getValue(service.node, 'build');
  if (!isMap(build)) return undefined;
  const info: BuildInfo = { node: build };
  const targetNode = getValue(build, 'target');
  info.target = scalarString(targetNode);
  if (info.target !== undefined) info.targetNode = targetNode as YamlNode;
  info.inline = scalarString(getValue(build, 'dockerfile_inline'));
  const ctx = scalarString(getValue(build, 'context')) ?? '.';
  if (hasVariable(ctx) || isRemoteContext(ctx)) return info;
  info.contextDir = resolveIn(dirOf(model.path), ctx);
  const df = scalarString(getValue(build, 'dockerfile')) ?? 'Dockerfile';
  if (info.inline === undefined && !hasVariable(df)) info.dockerfile = resolveIn(info.contextDir, df);
  return info;
}

/** The stage names of the Dockerfile a build reads, in order; undefined when that Dockerfile is not known. */
export function stageNames(model: DocumentModel, build: BuildInfo, workspace: WorkspaceView): string[] | undefined {
  const facts =
    build.inline !== undefined
      ? workspace.factsOfText(`${build.contextDir ?? dirOf(model.path)}/Dockerfile`, build.inline, 'dockerfile')
      : build.dockerfile
        ? workspace.factsOf(build.dockerfile, 'dockerfile')
        : undefined;
  if (!facts?.dockerfile) return undefined;
  const out: string[] = [];
  for (const s of facts.dockerfile.stages) if (s.name && !out.includes(s.name)) out.push(s.name);
  return out;
}
