// Commands the user runs explicitly. "Preview kustomize build" runs `kubectl kustomize <folder>` (or the standalone
// `kustomize build` when kubectl is missing) — only when asked, with a time limit and bounded output, never through
// a shell — and returns the built YAML for the client to show beside the kustomization, or why it could not.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LanguageService } from '../service/languageService';
import type { ServiceSettings } from '../service/types';

export const KUSTOMIZE_BUILD = 'devopsHints.kustomizeBuild';
/** "Search my notes": the client's quick pick asks this as the user types. */
export const SEARCH_NOTES = 'devopsHints.notes.search';
export const SERVER_COMMANDS = [KUSTOMIZE_BUILD, SEARCH_NOTES];

export type KustomizeBuildResult = { ok: true; text: string; folder: string; tool: string } | { ok: false; message: string };

const TIMEOUT_MS = 30_000;
const MAX_OUTPUT = 32 * 1024 * 1024;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  missing: boolean;
  timedOut: boolean;
}

function run(cmd: string, args: string[], cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, timeout: TIMEOUT_MS, maxBuffer: MAX_OUTPUT, windowsHide: true, encoding: 'utf8' }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
      resolve({
        code: e ? (typeof e.code === 'number' ? e.code : null) : 0,
        stdout: stdout ?? '',
        stderr: stderr ?? '',
        missing: e?.code === 'ENOENT',
        timedOut: !!e?.killed,
      });
    });
  });
}

/** kubectl's error, without klog's prefix and the deprecation warnings. */
export function cleanError(stderr: string): string {
  const lines = stderr.split('\n').filter((l) => l.trim() && !/^# Warning: |^Warning: /.test(l));
  const text = lines.join('\n').replace(/^E\d{4} [\d:.]+\s+\d+ \S+\] "command failed" err=/m, '').replace(/^"|"$/g, '');
  return text.length > 1200 ? `${text.slice(0, 1200)} …` : text;
}

/**
 * Build the kustomization of the file at `uri`. `dirty`: URIs of documents with unsaved changes (kubectl reads the
 * disk, so the preview says when one of them is in the folder). The text starts with a comment naming the command.
 */
export async function kustomizeBuild(service: LanguageService, settings: ServiceSettings, uri: string | undefined, dirty: string[] = []): Promise<KustomizeBuildResult> {
  let path: string | undefined;
  try {
    path = uri ? fileURLToPath(uri) : undefined;
  } catch {
    path = undefined;
  }
  const folder = path ? service.kustomizationFolderOf(path.replace(/\\/g, '/')) : undefined;
  if (!folder) return { ok: false, message: service.uiText('command.kustomize.noKustomization', settings) };
  let tool = 'kubectl kustomize';
  let r = await run('kubectl', ['kustomize', folder], folder);
  if (r.missing) {
    tool = 'kustomize build';
    r = await run('kustomize', ['build', folder], folder);
  }
  if (r.missing) return { ok: false, message: service.uiText('command.kustomize.notInstalled', settings) };
  if (r.timedOut) return { ok: false, message: service.uiText('command.kustomize.timeout', settings, { seconds: String(TIMEOUT_MS / 1000) }) };
  if (r.code !== 0) return { ok: false, message: service.uiText('command.kustomize.failed', settings, { tool, error: cleanError(r.stderr) || `exit ${r.code}` }) };
  const unsaved = dirty.some((u) => {
    try {
      return fileURLToPath(u).replace(/\\/g, '/').startsWith(`${folder}/`);
    } catch {
      return false;
    }
  });
  const header = `# ${tool} ${folder}\n${unsaved ? `# ${service.uiText('command.kustomize.unsaved', settings)}\n` : ''}`;
  return { ok: true, text: header + r.stdout, folder, tool };
}
