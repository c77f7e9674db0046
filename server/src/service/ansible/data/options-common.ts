// Option blocks that modules in more than one table share (modules-core.ts, modules-system.ts, modules-flow.ts):
// a module spreads the blocks it has (`...FILE_COMMON`) or names a shared option (`backup: BACKUP`), so one text
// serves every module whose option has the same facts. Where a module's option differs in a fact (type, default,
// choices, aliases) it keeps its own row; families used by one table only (DNF, systemd, Docker, Kubernetes, Helm,
// roles) keep their blocks in that table. Descriptions in our own words.
import type { OptionSpec } from './types';

/** A run of options, spread into a module's `options`. */
export type OptionBlock = Record<string, OptionSpec>;

/** Owner, group and permissions of what the module writes (the first half of `add_file_common_args`). */
export const FILE_OWNERSHIP: OptionBlock = {
  owner: { type: 'str', desc: { ko: '파일(또는 폴더)의 소유자.', en: 'Owner of the file (or folder).' } },
  group: { type: 'str', desc: { ko: '파일(또는 폴더)의 그룹.', en: 'Group of the file (or folder).' } },
  mode: { type: 'raw', desc: { ko: '권한. `"0644"`처럼 따옴표와 앞의 0을 붙이세요(따옴표 없는 `644`는 10진수로 읽힙니다). `u+rwx` 같은 기호 표기도 됩니다.', en: 'Permissions. Quote it with a leading zero (`"0644"`): unquoted `644` is read as a decimal number. Symbolic forms like `u+rwx` work too.' } },
};

/** The rest of `add_file_common_args`: atomic writes, `chattr` attributes and the SELinux context. */
export const FILE_ATTRIBUTES: OptionBlock = {
  unsafe_writes: { type: 'bool', default: false, desc: { ko: '원자적 쓰기(임시 파일 후 교체)가 불가능할 때 직접 덮어쓸지. 컨테이너에 마운트된 파일 등에서만 필요합니다.', en: 'Allow non-atomic writes when the atomic replace fails (needed only for files such as bind mounts in containers).' } },
  attributes: { type: 'str', aliases: ['attr'], desc: { ko: '파일 속성(`chattr`), 예: `+i`.', en: 'File attributes (`chattr`), e.g. `+i`.' } },
  seuser: { type: 'str', desc: { ko: 'SELinux 사용자.', en: 'SELinux user.' } },
  serole: { type: 'str', desc: { ko: 'SELinux 역할.', en: 'SELinux role.' } },
  setype: { type: 'str', desc: { ko: 'SELinux 타입.', en: 'SELinux type.' } },
  selevel: { type: 'str', desc: { ko: 'SELinux 레벨.', en: 'SELinux level.' } },
};

/** Every file option, for modules that list them in one run. */
export const FILE_COMMON: OptionBlock = { ...FILE_OWNERSHIP, ...FILE_ATTRIBUTES };

/** `backup` of the modules that rewrite a file in place (a timestamped copy of the original). */
export const BACKUP: OptionSpec = { type: 'bool', default: false, desc: { ko: '바꾸기 전에 원본을 시간이 붙은 이름으로 보관합니다.', en: 'Keep a timestamped copy of the original before changing it.' } };

/** `validate` of the modules that write a file: a command that must accept the new content first. */
export const VALIDATE: OptionSpec = { type: 'str', desc: { ko: '바꾸기 전에 새 내용을 검사할 명령(`%s` = 임시 파일), 예: `visudo -cf %s`. 실패하면 원본을 그대로 둡니다.', en: 'Command that checks the new content before it replaces the file (`%s` = the temp file), e.g. `visudo -cf %s`; on failure the original stays.' } };

/** Standard input and output trimming of the command-running modules (command, shell, docker_container_exec). */
export const COMMAND_STDIN: OptionBlock = {
  stdin: { type: 'str', desc: { ko: '명령의 표준 입력으로 보낼 내용.', en: 'Text sent to the command’s standard input.' } },
  stdin_add_newline: { type: 'bool', default: true, desc: { ko: '`stdin` 끝에 줄바꿈을 붙일지.', en: 'Append a newline to `stdin`.' } },
  strip_empty_ends: { type: 'bool', default: true, desc: { ko: '출력 끝의 빈 줄을 지울지.', en: 'Strip empty lines at the end of the output.' } },
};

/** Retrying `update_cache` (apt, apt_repository). */
export const APT_CACHE_RETRIES: OptionBlock = {
  update_cache_retries: { type: 'int', default: 5, desc: { ko: '`update_cache`가 실패할 때 다시 시도할 횟수.', en: 'Retries when `update_cache` fails.' } },
  update_cache_retry_max_delay: { type: 'int', default: 12, desc: { ko: '재시도 사이 최대 대기 시간(초).', en: 'Maximum delay between those retries (seconds).' } },
};

/**
 * The HTTP client options of get_url and uri (`url_argument_spec`). `url_username` carries get_url's alias
 * (`username`); uri overrides it with its own (`user`).
 */
export const HTTP_CLIENT: OptionBlock = {
  ciphers: { type: 'list', elements: 'str', desc: { ko: '허용할 TLS 암호 스위트 목록.', en: 'TLS cipher suites to allow.' } },
  client_cert: { type: 'path', desc: { ko: '클라이언트 인증서(PEM) 경로.', en: 'Path of the client certificate (PEM).' } },
  client_key: { type: 'path', desc: { ko: '클라이언트 인증서의 개인 키(PEM) 경로.', en: 'Path of the client certificate’s private key (PEM).' } },
  decompress: { type: 'bool', default: true, desc: { ko: 'gzip으로 압축된 응답을 풀지.', en: 'Decompress gzip-encoded responses.' } },
  force_basic_auth: { type: 'bool', default: false, desc: { ko: '401 응답을 기다리지 않고 처음부터 Basic 인증 헤더를 보냅니다(GitHub API 등).', en: 'Send the Basic auth header on the first request instead of waiting for a 401 (e.g. for the GitHub API).' } },
  headers: { type: 'dict', desc: { ko: '요청에 덧붙일 HTTP 헤더(딕셔너리).', en: 'Extra HTTP headers for the request (a dict).' } },
  http_agent: { type: 'str', default: 'ansible-httpget', desc: { ko: '보낼 `User-Agent` 헤더 값.', en: 'Value of the `User-Agent` header.' } },
  unredirected_headers: { type: 'list', elements: 'str', desc: { ko: '리다이렉트된 요청에는 보내지 않을 헤더 이름(예: `Authorization`).', en: 'Headers not sent again after a redirect (e.g. `Authorization`).' } },
  url_password: { type: 'str', aliases: ['password'], desc: { ko: 'HTTP 인증 비밀번호. 평문으로 적지 말고 Vault 변수로 넘기세요.', en: 'Password for HTTP authentication; pass it from a Vault variable rather than in plain text.' } },
  url_username: { type: 'str', aliases: ['username'], desc: { ko: 'HTTP 인증 사용자 이름.', en: 'User name for HTTP authentication.' } },
  use_gssapi: { type: 'bool', default: false, desc: { ko: 'GSSAPI(Kerberos) 인증을 쓸지.', en: 'Use GSSAPI (Kerberos) authentication.' } },
  use_netrc: { type: 'bool', default: true, desc: { ko: '`~/.netrc`의 자격 증명을 쓸지.', en: 'Use credentials from `~/.netrc`.' } },
  use_proxy: { type: 'bool', default: true, desc: { ko: '환경 변수에 설정된 프록시를 쓸지.', en: 'Use the proxy set in the environment variables.' } },
  validate_certs: { type: 'bool', default: true, desc: { ko: 'HTTPS 인증서를 검증할지. `false`는 자체 서명 인증서를 쓰는 내부 서버에서만 쓰세요.', en: 'Verify HTTPS certificates. Use `false` only for internal servers with self-signed certificates.' } },
};
