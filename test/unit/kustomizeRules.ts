// Helpers for the kustomize rule tests: a temporary workspace of files, a service whose fs is confined to it.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { EN, tempWorkspace, workspaceService } from '../helpers';

export function withWorkspace<T>(files: Record<string, string>, fn: (dir: string, findings: (file: string, rule?: string) => string[]) => T, links: Record<string, string> = {}): T {
  const dir = tempWorkspace(files, links);
  try {
    const svc = workspaceService(dir);
    const findings = (file: string, rule?: string) => {
      const path = join(dir, file);
      const m = svc.parse({ uri: `file://${path}`, path, text: files[file] });
      return svc.findings(m, EN).filter((f) => !rule || f.ruleId === rule).map((f) => `${f.ruleId}@${f.range.start.line + 1}${f.variant ? ':' + f.variant : ''}`);
    };
    return fn(dir, findings);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
