import type { DockerfileCheck } from '../parse';
import { shellText } from '../model';
import { shippingRuns, runPackages } from '../build';

/**
 * DF018: `yum`/`dnf`/`microdnf`/`zypper install` without cleaning the package manager's cache in the same RUN
 * (`yum clean all`, `dnf clean all`, `zypper clean`, or removing /var/cache/…): the metadata stays in the layer —
 * DF006's advice for the RPM family (002 › 이미지 경량화 전략). A cache or tmpfs mount, or a build stage whose
 * layers never reach the final image, needs no cleanup.
 */
export const check: DockerfileCheck = {
  rule: 'DF018',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const b of shippingRuns(model, dockerfile, /^\/var\/cache(?:\/(?:yum|dnf|zypp|libdnf5))?\/?$/)) {
      const { ins } = b;
      const text = shellText(model, ins);
      const cmds = runPackages(model, ins);
      const install = cmds.find((c) => (c.manager === 'yum' || c.manager === 'zypper') && /^(?:install|in|groupinstall|localinstall|reinstall)$/.test(c.action));
      if (!install) continue;
      if (cmds.some((c) => c.manager === install.manager && /^(?:clean|cc)$/.test(c.action)) || /rm\s+-[a-z]*[rf][a-z]*\s+[^&;|]*\/var\/cache\/(?:yum|dnf|zypp|libdnf5)?/.test(text)) continue;
      const program = install.program;
      const clean = install.manager === 'zypper' ? 'zypper clean --all' : `${program} clean all`;
      report(ins.getInstructionRange(), { program, clean });
    }
  },
};
