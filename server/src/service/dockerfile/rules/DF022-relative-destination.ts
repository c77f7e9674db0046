import type { DockerfileCheck } from '../parse';
import { argValues, facts, type Stage } from '../model';
import { unquote } from '../build';
import { parseImageRef } from '../../common/image';

/** Official images that set a WORKDIR of their own (a relative destination lands there, on purpose). */
const BASE_WORKDIR = /^(?:golang|php|tomcat|httpd|wordpress|drupal|ghost|joomla|nextcloud|redmine|mediawiki|composer|odoo|sonarqube|jetty|maven|gradle|rust|swift|haskell|julia|elixir|clojure)$/;

/**
 * DF022 (info): COPY/ADD to a relative destination (`.`, `app/`) in a stage with no WORKDIR before it (nor in the
 * stages it is built FROM): the files land relative to the base image's working directory — `/` for most images —
 * which is rarely what was meant (002 › Dockerfile: WORKDIR first). Quiet for the official images that set their
 * own WORKDIR, for ONBUILD triggers (the child image decides) and for variables.
 */
export const check: DockerfileCheck = {
  rule: 'DF022',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    for (const stage of facts(model, dockerfile).stages) {
      const chain: Stage[] = [];
      for (let s: Stage | undefined = stage; s; s = s.parent) chain.unshift(s);
      const root = chain[0];
      const image = parseImageRef(root.from.getImageName() ?? '').name.replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
      if (root.from.getImageName() === null || BASE_WORKDIR.test(image) || /\$/.test(root.from.getImageName() ?? '')) continue;
      if (chain.slice(0, -1).some((s) => s.instructions.some((i) => i.getKeyword() === 'WORKDIR'))) continue;
      for (const ins of stage.instructions) {
        const kw = ins.getKeyword();
        if (kw === 'WORKDIR') break;
        if (kw !== 'COPY' && kw !== 'ADD') continue;
        const args = argValues(ins);
        if (args.length < 2 || args.some((a) => a.startsWith('<<'))) continue;
        const destination = unquote(args[args.length - 1]);
        if (/^(?:\/|\$|~|[A-Za-z]:[\\/]|\\)/.test(destination)) continue;
        const argsRange = ins.getArguments();
        const last = argsRange[argsRange.length - 1];
        report(last ? last.getRange() : ins.getInstructionRange(), { destination });
      }
    }
  },
};
