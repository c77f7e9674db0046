// What a check is: one rule, run on the units of the formats it names (or once on the whole file), reporting ids,
// ranges and arguments. Checks of one format share a unit type: a Dockerfile check gets a DockerfileUnit, a YAML
// check a YamlDocModel — each format's own alias (DockerfileCheck, YamlCheck) says which.
import type { Range } from 'vscode-languageserver-types';
import type { Finding, Fix, Format, Localized, ServiceSettings } from '../types';
import type { DocumentModel, DocumentUnit } from '../model';
import type { WorkspaceFs } from '../workspace/fs';
import type { WorkspaceView } from '../workspace/view';

/** `localArgs`: arguments that are words of the reader's language (`플레이` / `play`), not names from the file. */
export type Report = (range: Range, args?: Record<string, string>, fixes?: Fix[], variant?: string, localArgs?: Record<string, Localized>) => void;

export interface FileCheckContext {
  model: DocumentModel;
  report: Report;
  /** Files of the workspace, confined to it; every read is recorded as something the findings depend on. */
  fs: WorkspaceFs;
  /** Facts of the other files of the workspace (the index); reads are recorded too. */
  workspace: WorkspaceView;
  /** The user's settings (the target Kubernetes version …); the findings cache is keyed by the ones checks read. */
  settings: ServiceSettings;
}

export interface CheckContext<U extends DocumentUnit = DocumentUnit> extends FileCheckContext {
  unit: U;
}

/** A check on the units of some formats (a Dockerfile, each Compose document …). */
export interface UnitCheck<U extends DocumentUnit = DocumentUnit> {
  /** The rule id this check reports (one check per rule, in a file named after it). */
  rule: string;
  formats: readonly Format[];
  run(ctx: CheckContext<U>): void;
}

/** A check on the file itself, whatever its format (size, binary content, YAML syntax); it runs on skipped files too. */
export interface FileCheck {
  rule: string;
  file: true;
  run(ctx: FileCheckContext): void;
}

// A registry holds checks of every unit type: `any` is the one place where the unit types meet.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Check = UnitCheck<any> | FileCheck;

export function isFileCheck(c: Check): c is FileCheck {
  return (c as FileCheck).file === true;
}

export type { Finding };
