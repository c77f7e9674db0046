import type { DockerfileCheck } from '../parse';
import { exampleTag, unpinnedReason } from '../../common/image';
import { facts } from '../model';

/**
 * DF008: a base image without a tag or with `latest` (002 › 도커 이미지와 컨테이너: no tag means `latest`, which moves).
 * Stage references (`FROM build`), `scratch` and variables are not images to pin.
 */
export const check: DockerfileCheck = {
  rule: 'DF008',
  formats: ['dockerfile'],
  run({ model, unit: { dockerfile }, report }) {
    const f = facts(model, dockerfile);
    for (const stage of f.stages) {
      const image = stage.from.getImage();
      const range = stage.from.getImageRange();
      if (!image || !range) continue;
      if (f.stageByName.has(image.toLowerCase()) && f.stageByName.get(image.toLowerCase())!.index < stage.index) continue;
      const reason = unpinnedReason(image);
      if (reason) report(range, { image, example: exampleTag(image) }, undefined, reason);
    }
  },
};
