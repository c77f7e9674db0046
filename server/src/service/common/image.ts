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
