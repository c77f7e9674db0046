import type { DockerfileCheck } from '../parse';
import { parseImageRef } from '../../common/image';
import { facts, finalStage } from '../model';
import { lighterVariant } from '../variants';

/**
 * DF009: the final stage starts from a full official image where a slim/alpine variant exists (hint only: the full
 * image is sometimes needed; build stages are not flagged since they do not ship). The suggested tag comes from the
 * official images' variant naming (variants.ts), and only where that variant exists for the tag; otherwise the
 * message names the variant without a tag.
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
    if (ref.dynamic || ref.digest) return;
    const name = ref.name.replace(/^(docker\.io\/)?(library\/)?/, '');
    const tag = ref.tag ?? '';
    if (/slim|alpine|distroless|windowsservercore|nanoserver|busybox|musl/i.test(tag)) return;
    const found = lighterVariant(name, tag || undefined);
    if (!found) return;
    if (found.tag) report(range, { image, variant: found.variant, suggestion: `${name}:${found.tag}` });
    else report(range, { image, variant: found.variant }, undefined, 'noTag');
  },
};
