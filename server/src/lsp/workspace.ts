// The workspace side of the server: the index built in the background after `initialized` (with work-done progress
// in the status bar), the file watchers the server registers, and what a watched-file event re-validates.
import { DidChangeWatchedFilesNotification, FileChangeType, WatchKind, type Connection } from 'vscode-languageserver';
import { uriToPath } from '../service/model';
import { nodeWorkspaceFs } from '../service/workspace/fs';
import type { LanguageService } from '../service/languageService';
import type { ClientFeatures } from './capabilities';
import type { Validation } from './validation';
import { beginProgress, logOnce, type Logger } from './runSafe';
import { indexWorkers } from './indexWorkers';
import { join } from 'node:path';

/** The files whose changes matter: what our file kinds read, and what the checks look up (.dockerignore, env files). */
export const WATCHED_GLOB =
  '**/{Dockerfile,Dockerfile.*,*.Dockerfile,*.dockerfile,Containerfile,Containerfile.*,.dockerignore,*.yml,*.yaml,Kustomization,*.ini,*.inv,hosts,inventory,inventory.*,inventory-*,.env,*.env,.gitignore}';

export interface WorkspaceDeps {
  connection: Connection;
  service: LanguageService;
  validation: Validation;
  log: Logger;
  client: ClientFeatures;
  /** Folders the service may read besides the workspace (the notes folders). */
  extraRoots(): string[];
}

export class Workspace {
  roots: string[] = [];
  private building: Promise<void> | undefined;
  /** The last build's figures (devopsHints/stats, the benchmark). */
  lastBuild: { files: number; ms: number; complete: boolean; workers: number } | undefined;

  constructor(private readonly d: WorkspaceDeps) {}

  setRoots(roots: string[]): void {
    this.roots = roots;
    this.applyFs();
  }

  /** The confined file access follows the roots and the notes folders. */
  applyFs(): void {
    this.d.service.setWorkspaceFs(nodeWorkspaceFs([...this.roots, ...this.d.extraRoots()]));
  }

  /** Ask the client to tell us about changes of the files that matter (created, changed, deleted), and of folders deleted. */
  registerWatchers(): void {
    if (!this.d.client.watchFiles) return;
    void this.d.connection.client
      .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: WATCHED_GLOB }, { globPattern: '**/*', kind: WatchKind.Delete }] })
      .catch((e) => logOnce(this.d.log, 'register file watchers', e));
  }

  /** Build the index in the background; requests are answered between its slices. Then validate what waited for it. */
  build(): Promise<void> {
    const run = async () => {
      const progress = await beginProgress(this.d.connection, this.d.client.progress, 'indexing the workspace…');
      try {
        // Parsed in worker threads when the server runs from its bundle (this file is part of dist/server.js).
        const parallel = process.env.DEVOPS_HINTS_INDEX_WORKERS === '0' ? undefined : indexWorkers(join(__dirname, 'server.js'), this.roots);
        const { result, revalidate } = await this.d.service.buildIndex(this.roots, {
          parallel,
          onProgress: (p) => progress?.report(p.listing ? 0 : Math.round((100 * p.indexed) / Math.max(1, p.found)), p.listing ? `${p.found} files found` : `${p.indexed}/${p.found} files`),
        });
        this.lastBuild = { files: result.files, ms: result.ms, complete: result.complete, workers: parallel?.started ?? 0 };
        if (this.d.service.workspace.ready) {
          this.d.log.info(`DevOps Hints: indexed ${result.files} files in ${result.ms} ms${result.complete ? '' : ' (limit reached: the rest of the workspace is not indexed)'}`);
          this.d.validation.revalidate(revalidate);
        }
      } catch (e) {
        logOnce(this.d.log, 'workspace index', e);
      } finally {
        progress?.done();
      }
    };
    this.building = run();
    return this.building;
  }

  /** Workspace folders were added or removed: start again. */
  rebuild(roots: string[]): Promise<void> {
    this.setRoots(roots);
    this.d.service.workspace.reset();
    return this.build();
  }

  /** Watched-file events: the index takes the new facts, and only the documents that read them are validated again. */
  filesChanged(changes: { uri: string; type: FileChangeType }[]): void {
    const affected = new Set<string>();
    for (const c of changes) {
      const type = c.type === FileChangeType.Created ? 'created' : c.type === FileChangeType.Deleted ? 'deleted' : 'changed';
      try {
        for (const uri of this.d.service.fileChanged(uriToPath(c.uri), type)) affected.add(uri);
      } catch (e) {
        logOnce(this.d.log, 'file event', e);
      }
    }
    this.d.validation.revalidate(affected);
  }
}
