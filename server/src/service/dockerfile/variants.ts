// Which lighter variant of an official image exists for a given tag. Docker Hub's official images name their
// variants by a few patterns (`<version>-alpine`, `<version>-slim`, `<version>-slim-<debian>`, `<version>-<debian>-slim`,
// `<version>-jre-alpine` …), and not every version or flavour has one (`node:0.10-alpine`, `php:5-apache-alpine`,
// `eclipse-temurin:17-jre-focal-alpine` do not exist). The table says, per image, which tag shapes map to which
// variant tag; a tag of another shape gets no suggested tag. `node scripts/check-image-variants.mjs` checks every
// mapping against Docker Hub's tag list (it needs network access, which the extension never uses).

export interface VariantRule {
  /** The variant's name, as the message says it (alpine, slim). */
  variant: string;
  /** The tag when the image is used untagged or as `latest`, when such a tag exists; otherwise none is suggested. */
  untagged?: string;
  /** Tag shapes: the first whose pattern matches gives the suggested tag (`$1`… substituted). */
  tags: [RegExp, string][];
  /** Tags that have no lighter variant at all: the rule stays quiet. */
  none?: RegExp;
}

const DEBIAN = 'bookworm|bullseye|buster|trixie';

export const IMAGE_VARIANTS: Record<string, VariantRule> = {
  node: {
    variant: 'alpine',
    untagged: 'alpine',
    tags: [
      [/^((?:1\d|[2-9]\d)(?:\.\d+){0,2})$/, '$1-alpine'],
      [/^(lts|current)$/, '$1-alpine'],
      [new RegExp(`^((?:1\\d|[2-9]\\d)(?:\\.\\d+){0,2}|lts|current)-(${DEBIAN})$`), '$1-$2-slim'],
    ],
  },
  python: {
    variant: 'slim',
    untagged: 'slim',
    tags: [
      [/^((?:2\.7|3\.\d+)(?:\.\d+)?|3)$/, '$1-slim'],
      [new RegExp(`^((?:2\\.7|3\\.\\d+)(?:\\.\\d+)?|3)-(${DEBIAN})$`), '$1-slim-$2'],
    ],
  },
  ruby: {
    variant: 'slim',
    untagged: 'slim',
    tags: [
      [/^([23](?:\.\d+){0,2})$/, '$1-slim'],
      [new RegExp(`^([23](?:\\.\\d+){0,2})-(${DEBIAN})$`), '$1-slim-$2'],
    ],
  },
  golang: {
    variant: 'alpine',
    untagged: 'alpine',
    tags: [[/^(1\.(?:1\d|[2-9]\d)(?:\.\d+)?|1)$/, '$1-alpine']],
  },
  'eclipse-temurin': {
    variant: 'alpine',
    // `17-jre-focal` → `17-jre-alpine`: the Ubuntu release name is replaced, not kept.
    tags: [[/^((?:8|11|17|2\d)(?:u\d+(?:-b\d+)?|\.[\d._+]+)?)(-jre|-jdk)?(?:-(?:focal|jammy|noble|centos7|ubi\d+(?:-minimal)?))?$/, '$1$2-alpine']],
  },
  php: {
    variant: 'alpine',
    untagged: 'alpine',
    tags: [[/^((?:[78]|[78]\.\d+|[78]\.\d+\.\d+)(?:-(?:cli|fpm|zts))?)$/, '$1-alpine']],
    // The Apache flavour has no Alpine build.
    none: /-apache/,
  },
  perl: { variant: 'slim', untagged: 'slim', tags: [[/^(5(?:\.\d+){0,2})$/, '$1-slim']] },
  debian: { variant: 'slim', untagged: 'stable-slim', tags: [[new RegExp(`^(${DEBIAN}|stable|\\d+)$`), '$1-slim']] },
  rust: { variant: 'slim', untagged: 'slim', tags: [[/^(1(?:\.\d+){0,2})$/, '$1-slim']] },
  openjdk: { variant: 'slim', tags: [] },
};

/** The lighter variant for `image:tag`: its name and the suggested tag, if one is known to exist; null for none. */
export function lighterVariant(image: string, tag: string | undefined): { variant: string; tag?: string } | null {
  const rule = IMAGE_VARIANTS[image];
  if (!rule) return null;
  if (!tag || tag === 'latest') return { variant: rule.variant, tag: rule.untagged };
  if (rule.none?.test(tag)) return null;
  for (const [re, to] of rule.tags) {
    const m = re.exec(tag);
    if (m) return { variant: rule.variant, tag: to.replace(/\$(\d)/g, (_, i: string) => m[Number(i)] ?? '') };
  }
  return { variant: rule.variant };
}
