// Image references (`registry/repository:tag@digest`), as Dockerfile FROM, Compose `image:` and Kubernetes `image:`
// write them: parsed once here for the checks and the hovers of all three.
import type { Fact } from '../types';

/** An image reference split into its parts: [registry/]name[:tag][@digest]. */
export interface ImageRef {
  name: string;
  tag?: string;
  digest?: string;
  /** Contains a variable ($VAR, ${VAR}) or a template ({{ }}): its real value is unknown here. */
  dynamic: boolean;
}

export function parseImageRef(ref: string): ImageRef {
  const dynamic = /\$|\{\{/.test(ref);
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  let tag: string | undefined;
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { name: rest, tag, digest, dynamic };
}

/** Why an image reference is not pinned: 'untagged', 'latest', or undefined when it is (or cannot be known). */
export function unpinnedReason(ref: string): 'untagged' | 'latest' | undefined {
  const img = parseImageRef(ref);
  if (img.dynamic || img.digest || img.name === 'scratch' || img.name === '') return undefined;
  if (img.tag === undefined) return 'untagged';
  if (img.tag === 'latest') return 'latest';
  return undefined;
}

/**
 * A pinned tag of the official images people start from, for the example a message gives when an image is not pinned
 * (DF008, DC020, K8S001): the file's own image with a tag that exists. `node scripts/check-image-variants.mjs` checks
 * each one against Docker Hub; refresh the versions there when a release line ends.
 */
export const EXAMPLE_TAGS: Record<string, string> = {
  ubuntu: '24.04', debian: '12-slim', alpine: '3.20', node: '22-alpine', python: '3.12-slim', golang: '1.23-alpine',
  nginx: '1.27-alpine', httpd: '2.4', redis: '7.4-alpine', postgres: '16-alpine', mysql: '8.4', mariadb: '11.4',
  mongo: '7.0', php: '8.3-fpm-alpine', ruby: '3.3-slim', 'eclipse-temurin': '21-jre-alpine', openjdk: '21-jdk-slim',
  maven: '3.9-eclipse-temurin-21', rust: '1.80-slim', busybox: '1.36', rockylinux: '9', fedora: '40',
  amazonlinux: '2023', perl: '5.40-slim', tomcat: '10.1-jre21', gradle: '8.10-jdk21', bash: '5.2',
};

/** An official image's short name (`docker.io/library/nginx` → `nginx`); undefined for another registry's or user's image. */
export function officialName(name: string): string | undefined {
  const short = name.replace(/^(?:docker\.io\/)?(?:library\/)?/, '');
  return short.includes('/') ? undefined : short;
}

/**
 * The same image with a tag, as the example of a pinned reference: a tag of EXAMPLE_TAGS for the official images it
 * lists, `<version>` for the others (`registry.example.com/team/app:<version>`): a tag is never invented.
 */
export function exampleTag(ref: string): string {
  const name = parseImageRef(ref).name;
  const short = officialName(name);
  return `${name}:${(short && EXAMPLE_TAGS[short]) ?? '<version>'}`;
}

/** Which explanation an image reference gets: `scratch`, pinned by `digest`, `untagged`, `latest`, or a `reference`. */
export function imageEntry(ref: ImageRef): 'scratch' | 'digest' | 'untagged' | 'latest' | 'reference' {
  if (ref.name === 'scratch') return 'scratch';
  if (ref.digest) return 'digest';
  if (ref.dynamic) return 'reference';
  if (ref.tag === undefined) return 'untagged';
  return ref.tag === 'latest' ? 'latest' : 'reference';
}

/** Registry, repository and tag (or digest) of a reference, as a hover fact: `nginx` is docker.io/library/nginx:latest. */
export function imageFact(ref: ImageRef): Fact {
  const first = ref.name.split('/')[0];
  const hasRegistry = ref.name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : 'docker.io';
  let repository = hasRegistry ? ref.name.slice(first.length + 1) : ref.name;
  if (!hasRegistry && !repository.includes('/')) repository = `library/${repository}`;
  if (ref.digest) return { id: 'fact.image.digest', args: { registry, repository, digest: ref.digest.slice(0, 19) + '…' } };
  return { id: 'fact.image.parts', args: { registry, repository, tag: ref.tag ?? 'latest' } };
}

/** The facts a hover on an `image:` shows: its parts, and what a missing or `latest` tag means. None when unknown. */
export function imageFacts(value: string | undefined): Fact[] {
  if (!value) return [];
  const ref = parseImageRef(value);
  if (ref.dynamic || ref.name === 'scratch' || !ref.name) return [];
  const facts = [imageFact(ref)];
  const kind = imageEntry(ref);
  if (kind === 'untagged') facts.push({ id: 'fact.image.untagged' });
  else if (kind === 'latest') facts.push({ id: 'fact.image.latest' });
  return facts;
}
