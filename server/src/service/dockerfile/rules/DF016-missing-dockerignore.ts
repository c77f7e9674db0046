import { dirOf } from '../../common/paths';
import type { DockerfileCheck } from '../parse';
import { argValues, flag } from '../model';

/**
 * DF016: `COPY . .` (the whole build context) with no `.dockerignore` next to the Dockerfile: `.git`, `node_modules`,
 * local env files and build output are sent to the daemon and copied into the image (002 › 이미지빌드).
 * Workspace check: it needs the folder, and assumes the build context is the Dockerfile's folder.
 */
export const check: DockerfileCheck = {
  rule: 'DF016',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report, fs }) {
    if (!fs.available) return;
    const dir = dirOf(model.path);
    if (!fs.contains(model.path) || fs.exists(`${dir}/.dockerignore`) || fs.exists(`${model.path}.dockerignore`)) return;
    for (const ins of dockerfile.getInstructions()) {
      if (ins.getKeyword() !== 'COPY' && ins.getKeyword() !== 'ADD') continue;
      if (flag(ins, 'from')) continue;
      if (argValues(ins).slice(0, -1).some((s) => s === '.' || s === './')) {
        report(ins.getRange(), {});
        return;
      }
    }
  },
};
