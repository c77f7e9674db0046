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
