// What checks and features see of the workspace index. A view records what it was asked (the files whose facts it
// read, whether it needed the whole workspace), so that findings can be kept exactly as long as those stay the same
// and re-computed when one of them changes (the index's reverse edges).
import type { FileFacts } from './facts';
import type { FactPart } from './index';

export interface WorkspaceView {
  /** False until the index of the workspace is built: a check over the whole workspace stays quiet until then. */
  readonly ready: boolean;
  /** Every file that matters was indexed (no limit was reached): a "nothing in the workspace matches" may be said. */
  readonly complete: boolean;
  /**
   * The facts of one file: from the open document when it is open (an unsaved edit wins over the disk), else from
   * the disk, read and indexed on demand. `languageId` says how to read a file whose name does not (a Compose
   * `dockerfile: app.docker`). Undefined for a missing file, one outside the workspace, or one of no format of ours.
   */
  factsOf(path: string, languageId?: string): FileFacts | undefined;
  /** Every indexed file's facts; undefined while the index is not ready. */
  all(): readonly FileFacts[] | undefined;
  /**
   * The same, for a reader of only some parts of the facts (`allOf('kubernetes', 'kustomize')`): it is told of a
   * change only when one of those parts changes somewhere (not when a Dockerfile's stages do).
   */
  allOf(...parts: FactPart[]): readonly FileFacts[] | undefined;
  /** The facts of a text that is not a file of its own (a Compose `dockerfile_inline`), read as `path` would be. */
  factsOfText(path: string, text: string, languageId?: string): FileFacts | undefined;
}

/** A view that knows nothing (a loose file, tests of single documents). */
export const NO_WORKSPACE: WorkspaceView = {
  ready: false,
  complete: false,
  factsOf: () => undefined,
  all: () => undefined,
  allOf: () => undefined,
  factsOfText: () => undefined,
};
