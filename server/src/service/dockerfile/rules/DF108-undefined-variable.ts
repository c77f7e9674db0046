import type { DockerfileCheck } from '../parse';
import type { Instruction } from 'dockerfile-ast';
import { facts } from '../model';

/** Variables every build knows without a declaration: BuildKit's automatic platform ARGs, the proxy ARGs. */
export const PREDEFINED_ARGS = new Set([
  'TARGETPLATFORM', 'TARGETOS', 'TARGETARCH', 'TARGETVARIANT', 'BUILDPLATFORM', 'BUILDOS', 'BUILDARCH', 'BUILDVARIANT',
  'HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'FTP_PROXY', 'ftp_proxy', 'NO_PROXY', 'no_proxy', 'ALL_PROXY', 'all_proxy',
  'BUILDKIT_INLINE_CACHE', 'BUILDKIT_SYNTAX', 'SOURCE_DATE_EPOCH',
]);
/** Environment variables base images set; using them without declaring them is normal. */
export const BASE_IMAGE_ENV = new Set(['PATH', 'HOME', 'HOSTNAME', 'TERM', 'PWD', 'SHELL', 'USER', 'LANG', 'LC_ALL', 'TZ', 'UID', 'GID']);

// Instructions whose arguments Docker itself expands (RUN/CMD/ENTRYPOINT are expanded later by the shell).
const EXPANDED = new Set(['ADD', 'COPY', 'ENV', 'EXPOSE', 'FROM', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG', 'ONBUILD']);

/**
 * DF108: `$VAR` used by an instruction before any ARG or ENV declares it in that build stage (an ARG before the first
 * FROM is visible to FROM lines only). Docker substitutes an empty string, silently.
 */
export const check: DockerfileCheck = {
  rule: 'DF108',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    const f = facts(model, dockerfile);
    const declared = (ins: Instruction) => declaredNames(ins);
    const globals = new Set<string>();
    for (const a of f.globalArgs) {
      for (const n of declared(a)) globals.add(n);
    }
    for (const stage of f.stages) {
      // FROM sees the global ARGs only.
      for (const v of stage.from.getVariables()) {
        if (!globals.has(v.getName()) && !PREDEFINED_ARGS.has(v.getName()) && !v.getModifier()) report(v.getNameRange(), { name: v.getName() }, undefined, 'from');
      }
      const known = new Set<string>();
      // A stage built FROM another stage inherits its ENV (not its ARGs).
      for (let p = stage.parent; p; p = p.parent) for (const i of p.instructions) if (i.getKeyword() === 'ENV') for (const n of declared(i)) known.add(n);
      for (const ins of stage.instructions) {
        const kw = ins.getKeyword();
        if (EXPANDED.has(kw)) {
          // `ENV A=1 B=$A`: DF116 says why B does not see this A; one finding is enough.
          const own = kw === 'ENV' ? new Set(declared(ins)) : undefined;
          for (const v of ins.getVariables()) {
            const name = v.getName();
            if (known.has(name) || own?.has(name) || PREDEFINED_ARGS.has(name) || BASE_IMAGE_ENV.has(name) || !/^[A-Za-z_]\w*$/.test(name)) continue;
            if (v.getModifier()) continue; // ${VAR:-default} / ${VAR:+alt} handle the unset case on purpose
            report(v.getNameRange(), { name }, undefined, globals.has(name) ? 'globalOnly' : undefined);
          }
        }
        if (kw === 'ARG' || kw === 'ENV') for (const n of declared(ins)) known.add(n);
      }
    }
  },
};

function declaredNames(ins: Instruction): string[] {
  const props = (ins as unknown as { getProperties?: () => { getName(): string }[] }).getProperties;
  return typeof props === 'function' ? props.call(ins).map((p) => p.getName()) : [];
}
