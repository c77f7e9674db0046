import type { Range } from 'vscode-languageserver-types';
import type { Dockerfile } from 'dockerfile-ast';
import type { Finding, Fix, Format } from '../types';
import type { DocumentModel, YamlDocModel } from '../model';
import type { WorkspaceFs } from '../workspace/fs';

export type Report = (range: Range, args?: Record<string, string>, fixes?: Fix[], variant?: string) => void;

interface CheckBase {
  /** The rule id this check reports (one check per rule, in a file named after it). */
  rule: string;
}

export interface DockerfileCheck extends CheckBase {
  target: 'dockerfile';
  run(ctx: { model: DocumentModel; dockerfile: Dockerfile; report: Report; fs: WorkspaceFs }): void;
}

export interface YamlCheck extends CheckBase {
  target: 'yaml';
  /** Formats of the YAML documents this check runs on. */
  formats: Format[];
  run(ctx: { model: DocumentModel; doc: YamlDocModel; report: Report; fs: WorkspaceFs }): void;
}

/** A check over the whole model (file-level conditions such as size or binary content, YAML syntax). */
export interface ModelCheck extends CheckBase {
  target: 'model';
  run(ctx: { model: DocumentModel; report: Report; fs: WorkspaceFs }): void;
}

export type Check = DockerfileCheck | YamlCheck | ModelCheck;

export type { Finding };
