import type { DockerfileCheck } from '../parse';
import { parseImageRef } from '../../common/image';
import { facts, finalStage } from '../model';

/** Official images that publish a much smaller `-slim` or `-alpine` variant (002 › 이미지 경량화 전략). */
const LEAN_VARIANTS: Record<string, string> = {
  node: 'alpine',
  python: 'slim',
  ruby: 'slim',
  golang: 'alpine',
  openjdk: 'slim',
  eclipse_temurin: 'alpine',
  php: 'alpine',
  perl: 'slim',
  debian: 'slim',
  rust: 'slim',
};

/**
 * DF009: the final stage starts from a full official image where a slim/alpine variant exists (hint only: the full
 * image is sometimes needed; build stages are not flagged since they do not ship).
 */
export const check: DockerfileCheck = {
  rule: 'DF009',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    const stage = finalStage(facts(model, dockerfile));
    const image = stage?.from.getImage();
    const range = stage?.from.getImageRange();
    if (!stage || !image || !range || stage.parent) return;
    const ref = parseImageRef(image);
    if (ref.dynamic) return;
    const name = ref.name.replace(/^(docker\.io\/)?(library\/)?/, '');
    const variant = LEAN_VARIANTS[name.replace(/-/g, '_')];
    if (!variant) return;
    const tag = ref.tag ?? '';
    if (/slim|alpine|distroless|windowsservercore|nanoserver|busybox|musl/i.test(tag)) return;
    report(range, { image, variant, suggestion: `${name}:${tag && tag !== 'latest' ? `${tag}-` : ''}${variant}` });
  },
};
