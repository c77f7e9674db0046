import type { YamlCheck } from '../../kinds/yaml';
import { scanModes } from './ANS038-octal-mode';

/**
 * ANS039: `mode: 0644` — right for Ansible (YAML 1.1 reads the octal number), but YAML 1.2 readers (ansible-lint,
 * editors) read the decimal 644, and the number passed through a template becomes the text `420`. Information, with
 * the quoting fix; the scan is ANS038's.
 */
export const check: YamlCheck = {
  rule: 'ANS039',
  formats: ['ansible-playbook', 'ansible-tasks'],
  run: (ctx) => scanModes(ctx, 'leadingZero'),
};
