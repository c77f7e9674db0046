import type { FormatProvider } from '../provider';
import type { YamlDocModel } from '../kinds/yaml';
import type { PathAt } from '../yaml';
import { kubernetesHover } from './hover';
import { kubernetesComplete } from './complete';
import { kubernetesDefinition } from './definition';
import { kubernetesFacts, kubernetesSymbols } from './navigation';
import { check as K8S001 } from './rules/K8S001-image-tag';
import { check as K8S010 } from './rules/K8S010-selector-mismatch';
import { check as K8S011 } from './rules/K8S011-secret-not-base64';
import { check as K8S012 } from './rules/K8S012-password-in-configmap';
import { check as K8S013 } from './rules/K8S013-invalid-cron';
import { check as K8S014 } from './rules/K8S014-job-restart-policy';
import { check as K8S015 } from './rules/K8S015-toleration-exists-value';
import { check as K8S016 } from './rules/K8S016-node-name';
import { check as K8S020 } from './rules/K8S020-missing-resources';
import { check as K8S021 } from './rules/K8S021-missing-probes';
import { check as K8S022 } from './rules/K8S022-probe-port';
import { check as K8S023 } from './rules/K8S023-privileged';
import { check as K8S024 } from './rules/K8S024-run-as-root';
import { check as K8S025 } from './rules/K8S025-host-namespace';
import { check as K8S026 } from './rules/K8S026-host-path';
import { check as K8S027 } from './rules/K8S027-duplicate-env';
import { check as K8S028 } from './rules/K8S028-secret-in-env';
import { check as K8S029 } from './rules/K8S029-job-ttl';
import { check as K8S030 } from './rules/K8S030-service-selects-nothing';
import { check as K8S031 } from './rules/K8S031-target-port-name';
import { check as K8S032 } from './rules/K8S032-ingress-service';
import { check as K8S033 } from './rules/K8S033-service-account';
import { check as K8S034 } from './rules/K8S034-config-ref';
import { check as K8S035 } from './rules/K8S035-ingress-port';
import { check as K8S036 } from './rules/K8S036-config-key';
import { check as K8S100 } from './rules/K8S100-unknown-field';
import { check as K8S101 } from './rules/K8S101-wrong-type';
import { check as K8S102 } from './rules/K8S102-missing-required';
import { check as K8S103 } from './rules/K8S103-invalid-value';
import { check as K8S104 } from './rules/K8S104-unknown-kind';
import { check as K8S105 } from './rules/K8S105-removed-api';
import { check as K8S106 } from './rules/K8S106-out-of-range';
import { check as K8S107 } from './rules/K8S107-invalid-name';
import { check as K8S108 } from './rules/K8S108-deprecated-api';

export const kubernetesProvider: FormatProvider<YamlDocModel, PathAt> = {
  formats: ['kubernetes'],
  checks: [K8S001, K8S010, K8S011, K8S012, K8S013, K8S014, K8S015, K8S016, K8S020, K8S021, K8S022, K8S023, K8S024, K8S025, K8S026, K8S027, K8S028, K8S029, K8S030, K8S031, K8S032, K8S033, K8S034, K8S035, K8S036, K8S100, K8S101, K8S102, K8S103, K8S104, K8S105, K8S106, K8S107, K8S108],
  hover: kubernetesHover,
  complete: kubernetesComplete,
  definition: kubernetesDefinition,
  symbols: kubernetesSymbols,
  facts: kubernetesFacts,
};
