import { dirOf } from '../../common/paths';
import { officialName, parseImageRef } from '../../common/image';
import type { DockerfileCheck } from '../parse';
import { argValues, facts, flag, shellText } from '../model';
import { instructionsOf, runPackages } from '../build';
import { localFolders } from '../ecosystem';

/**
 * DF016: `COPY . .` (the whole build context) with no `.dockerignore` next to the Dockerfile: `.git`, local env files,
 * the ecosystem's own local folders (`node_modules`, `.venv`, `target` … as the Dockerfile's installs or base image
 * tell) are sent to the daemon and copied into the image (002 › 이미지빌드).
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
        const runs = instructionsOf(model, dockerfile, 'RUN').map(({ ins: run }) => ({ text: shellText(model, run), packages: runPackages(model, run) }));
        const images = facts(model, dockerfile).stages.map((s) => {
          const image = s.from.getImage();
          const name = image ? parseImageRef(image).name : undefined;
          return name && (officialName(name) ?? name);
        });
        const examples = ['.git', ...localFolders(runs, images), '.env'].map((f) => `\`${f}\``).join(', ');
        report(ins.getRange(), { examples });
        return;
      }
    }
  },
};
