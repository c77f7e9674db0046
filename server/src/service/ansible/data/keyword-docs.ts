// What each playbook keyword does, in Korean and English (our own words; ansible-core 2.17's "Playbook Keywords" page
// for the facts). Where a keyword may be written is data/keywords.ts: the levels of every KEYWORD_LEVELS keyword are
// taken from there, so the two tables cannot disagree. Also the `with_<lookup>` loops a learner meets in old material
// and the keywords ansible-core removed, each with what to write instead.
import { KEYWORD_LEVELS } from './keywords';
import type { KeywordLevel, KeywordSpec, NoteCitation } from './types';

const n = (section: string): NoteCitation => ({ note: '002', section });
const INVENTORY = n('INVENTORY');
const ADHOC = n('Ad-hoc Command');
const PLAYBOOK = n('Playbook (yaml)');
const HANDLER = n('Handler');
const VARIABLE = n('Variable');
const LOOP = n('Loop 반복문 사용법');
const CONDITIONAL = n('Conditional');
const FACTS = n('Facts (상세)');
const PRACTICE = n('실습: TF, Pack, Ansible로 Openvpn, Grafana 구성');

type Text = Omit<KeywordSpec, 'name' | 'levels'>;

/** The texts of the keywords in KEYWORD_LEVELS (levels are added from there). */
const TEXTS: Record<string, Text> = {
  // ── common to plays, role entries, blocks and tasks ──
  any_errors_fatal: {
    type: 'bool',
    desc: {
      ko: '`true`면 한 호스트에서라도 태스크가 실패하는 순간 플레이 전체를 모든 호스트에서 멈춥니다. 한 대만 잘못돼도 배포를 이어 가면 안 되는 작업(DB 마이그레이션 등)에 씁니다.',
      en: 'When `true`, a task failing on any one host stops the whole play on every host. Use it where carrying on after one broken host would be harmful (a database migration, say).',
    },
  },
  become: {
    type: 'bool',
    desc: {
      ko: '`true`면 다른 사용자(기본은 `root`)로 바꿔서 실행합니다. 패키지 설치나 `/etc` 아래 파일처럼 관리자 권한이 필요한 태스크에 씁니다. 애드혹의 `--become`(`-b`)과 같습니다. 플레이 전체보다 필요한 태스크나 블록에만 주는 편이 안전합니다.',
      en: 'When `true`, runs as another user (`root` by default): for installing packages, writing under `/etc` and anything else that needs admin rights. Same as `--become` (`-b`) on the command line. Giving it to the tasks or blocks that need it is safer than to the whole play.',
    },
    notes: [ADHOC],
  },
  become_exe: {
    type: 'str',
    desc: {
      ko: '권한 전환에 쓸 실행 파일 경로(예: `/usr/bin/sudo`). 기본 위치가 아닐 때만 적습니다.',
      en: 'Path of the privilege-escalation program (e.g. `/usr/bin/sudo`); only when it is not in the usual place.',
    },
  },
  become_flags: {
    type: 'str',
    desc: {
      ko: '권한 전환 프로그램에 덧붙일 옵션(예: `sudo`의 `-H -S -n`).',
      en: 'Extra flags for the privilege-escalation program (e.g. `-H -S -n` for `sudo`).',
    },
  },
  become_method: {
    type: 'str',
    desc: {
      ko: '사용자를 바꾸는 방법: `sudo`(기본), `su`, `doas`, `pbrun`, `runas`(Windows) 등.',
      en: 'How to switch user: `sudo` (default), `su`, `doas`, `pbrun`, `runas` (Windows) and others.',
    },
    notes: [ADHOC],
  },
  become_user: {
    type: 'str',
    desc: {
      ko: '`become: true`일 때 바꿀 사용자(기본 `root`). `become_user`만 적고 `become`을 빼면 전환이 일어나지 않습니다.',
      en: 'The user to become with `become: true` (default `root`). Writing `become_user` without `become` switches nothing.',
    },
    notes: [ADHOC],
  },
  check_mode: {
    type: 'bool',
    desc: {
      ko: '`true`면 `--check` 없이도 이 부분을 점검 모드(바꾸지 않고 무엇이 바뀔지만 보고)로 돌리고, `false`면 `--check` 중에도 실제로 실행합니다. 다른 태스크가 읽을 정보를 모으는 명령에 `false`를 씁니다.',
      en: 'When `true`, this part runs in check mode (reports what would change, changes nothing) even without `--check`; when `false`, it really runs even under `--check`. Use `false` for commands that only gather information later tasks need.',
    },
  },
  collections: {
    type: 'list',
    desc: {
      ko: '짧은 모듈 이름을 찾을 컬렉션 목록. 하지만 어떤 모듈인지 바로 보이도록 `community.docker.docker_container`처럼 FQCN으로 적는 편이 낫습니다.',
      en: 'Collections searched for short module names. Writing the FQCN (`community.docker.docker_container`) is clearer, since it shows which module is meant.',
    },
  },
  connection: {
    type: 'str',
    desc: {
      ko: '호스트에 접속하는 방식: `ssh`(기본), `local`(컨트롤 노드에서 직접 실행), `docker`, `winrm` 등.',
      en: 'How to reach the host: `ssh` (default), `local` (run on the control node itself), `docker`, `winrm` and others.',
    },
    notes: [INVENTORY],
  },
  debugger: {
    type: 'str',
    desc: {
      ko: '태스크 디버거를 켤 조건: `always`, `never`, `on_failed`, `on_unreachable`, `on_skipped`. 실패한 자리에서 변수를 들여다볼 때 씁니다.',
      en: 'When to open the task debugger: `always`, `never`, `on_failed`, `on_unreachable`, `on_skipped`. Handy to inspect variables where a task failed.',
    },
  },
  diff: {
    type: 'bool',
    desc: {
      ko: '`true`면 파일을 바꾸는 모듈(`template`, `copy`, `lineinfile` …)이 바뀐 내용을 diff로 보여 줍니다(`--diff`와 같음). 비밀번호가 든 파일이면 `false`로 두세요.',
      en: 'When `true`, modules that change files (`template`, `copy`, `lineinfile`…) show the change as a diff (like `--diff`). Keep it `false` for files that hold secrets.',
    },
  },
  environment: {
    type: 'dict',
    desc: {
      ko: '원격에서 모듈을 실행할 때 넣어 줄 환경 변수(예: `http_proxy`, `PATH`). 이 태스크(또는 블록·플레이) 동안만 적용되고 호스트에 남지 않습니다.',
      en: 'Environment variables set while the module runs on the host (e.g. `http_proxy`, `PATH`). They apply only to this task (or block, play) and are not saved on the host.',
    },
  },
  ignore_errors: {
    type: 'bool',
    desc: {
      ko: '`true`면 이 태스크가 실패해도 플레이를 계속합니다. 모든 오류를 삼키므로, 특정 결과만 실패로 보지 않으려면 `failed_when`으로 조건을 적는 편이 낫습니다.',
      en: 'When `true`, the play goes on after this task fails. It swallows every error; to accept one particular outcome, write the condition with `failed_when` instead.',
    },
  },
  ignore_unreachable: {
    type: 'bool',
    desc: {
      ko: '`true`면 호스트에 접속하지 못해도(unreachable) 그 호스트를 제외하지 않고 다음 태스크로 넘어갑니다.',
      en: 'When `true`, an unreachable host is not dropped from the play; the next task is tried on it.',
    },
  },
  module_defaults: {
    type: 'dict',
    desc: {
      ko: '모듈별 기본 옵션. 예: `module_defaults: { ansible.builtin.apt: { update_cache: true } }`로 여러 태스크에 같은 옵션을 반복해 적지 않습니다.',
      en: 'Default options per module, e.g. `module_defaults: { ansible.builtin.apt: { update_cache: true } }`, so many tasks need not repeat them.',
    },
  },
  name: {
    type: 'str',
    desc: {
      ko: '플레이·태스크·블록의 이름. 실행 결과에 `TASK [이름]`으로 찍히므로 무엇을 하는지 문장으로 적으세요(예: `Install nginx`). 핸들러는 이 이름(또는 `listen`)으로 `notify`에서 불립니다.',
      en: 'The name of a play, task or block. It is printed as `TASK [name]` in the output, so say what it does (e.g. `Install nginx`). A handler is notified by this name (or its `listen`).',
    },
    notes: [PLAYBOOK],
  },
  no_log: {
    type: 'bool',
    desc: {
      ko: '`true`면 이 태스크의 인수와 결과를 출력·로그에 남기지 않습니다. 비밀번호나 토큰을 다루는 태스크에 꼭 적으세요.',
      en: 'When `true`, the task’s arguments and results are kept out of the output and logs. Add it to every task that handles passwords or tokens.',
    },
  },
  port: {
    type: 'int',
    desc: {
      ko: '접속할 포트(SSH 기본 22). 인벤토리의 `ansible_port`보다 우선합니다.',
      en: 'Port to connect to (22 for SSH by default); overrides the inventory’s `ansible_port`.',
    },
  },
  remote_user: {
    type: 'str',
    desc: {
      ko: '원격 호스트에 접속할 사용자(예: Ubuntu AMI는 `ubuntu`, Amazon Linux는 `ec2-user`). 적지 않으면 컨트롤 노드의 내 계정 이름으로 접속을 시도합니다. 인벤토리에서는 `ansible_user`입니다.',
      en: 'The user to log in as (`ubuntu` on Ubuntu AMIs, `ec2-user` on Amazon Linux). Without it Ansible tries your own user name from the control node. In the inventory it is `ansible_user`.',
    },
    notes: [INVENTORY],
  },
  run_once: {
    type: 'bool',
    desc: {
      ko: '`true`면 대상 호스트 중 첫 번째 한 대에서만 실행하고, 결과는 모든 호스트에 적용합니다. DB 스키마 변경처럼 한 번만 하면 되는 일에 씁니다.',
      en: 'When `true`, runs on the first host of the batch only and applies the result to all of them: for one-off work such as a schema change.',
    },
  },
  tags: {
    type: 'list',
    desc: {
      ko: '태그 목록. `ansible-playbook --tags nginx`나 `--skip-tags`로 일부만 실행할 수 있습니다. `always`, `never`는 특별한 뜻이 있는 태그입니다.',
      en: 'Tags; run a part with `ansible-playbook --tags nginx` or leave it out with `--skip-tags`. `always` and `never` are special tags.',
    },
  },
  throttle: {
    type: 'int',
    desc: {
      ko: '이 태스크를 동시에 실행할 호스트 수의 상한(`forks`보다 작게). API 호출 제한이 있는 작업에 씁니다.',
      en: 'At most this many hosts run the task at once (below `forks`): for work against a rate-limited API.',
    },
  },
  timeout: {
    type: 'int',
    desc: {
      ko: '태스크 실행 시간 제한(초). 넘으면 태스크가 실패합니다.',
      en: 'Time limit for the task in seconds; past it the task fails.',
    },
  },
  vars: {
    type: 'dict',
    desc: {
      ko: '이 플레이(또는 블록·태스크) 안에서 쓸 변수. `{{ user_name }}`처럼 읽습니다. 인벤토리 변수보다 우선하고, `-e`로 준 값이 가장 우선합니다.',
      en: 'Variables for this play (or block, task), read as `{{ user_name }}`. They override inventory variables; values given with `-e` override everything.',
    },
    notes: [VARIABLE],
  },
  // ── plays only ──
  fact_path: {
    type: 'str',
    desc: {
      ko: '로컬 팩트(`*.fact` 파일)를 읽을 폴더(기본 `/etc/ansible/facts.d`). 읽은 값은 `ansible_local`에 들어갑니다.',
      en: 'Folder of local facts (`*.fact` files; default `/etc/ansible/facts.d`); their values land in `ansible_local`.',
    },
    notes: [FACTS],
  },
  force_handlers: {
    type: 'bool',
    desc: {
      ko: '`true`면 중간에 태스크가 실패한 호스트에서도 이미 알림(notify)받은 핸들러를 실행합니다. 설정은 바꿨는데 재시작이 빠지는 일을 막습니다.',
      en: 'When `true`, handlers already notified still run on a host where a later task failed, so a changed configuration is not left without its restart.',
    },
    notes: [HANDLER],
  },
  gather_facts: {
    type: 'bool',
    desc: {
      ko: '플레이를 시작할 때 `setup`으로 팩트(OS, IP, 메모리 …)를 모을지(기본 `true`). 팩트를 쓰지 않는 플레이나 호스트가 많을 때, 또는 Python이 아직 없는 호스트에서는 `false`로 두면 빨라집니다.',
      en: 'Whether the play starts by gathering facts (OS, IPs, memory…) with `setup` (default `true`). Set `false` when the play uses no facts, on large fleets, or on hosts that have no Python yet.',
    },
    notes: [FACTS],
  },
  gather_subset: {
    type: 'list',
    desc: {
      ko: '모을 팩트의 범위(예: `[network, hardware]`, 빼려면 `!hardware`). 필요한 것만 모아 시간을 줄입니다.',
      en: 'Which facts to gather (e.g. `[network, hardware]`, `!hardware` to leave one out): gather only what you need.',
    },
    notes: [FACTS],
  },
  gather_timeout: {
    type: 'int',
    desc: {
      ko: '팩트 수집 하나하나의 시간 제한(초).',
      en: 'Time limit in seconds for each fact collector.',
    },
    notes: [FACTS],
  },
  handlers: {
    type: 'tasks',
    desc: {
      ko: '핸들러 목록: `notify`를 받았을 때만 실행되는 태스크입니다. 여러 번 알림을 받아도 한 번만, 플레이의 태스크가 모두 끝난 뒤에, 알림 순서가 아니라 여기 정의한 순서대로 실행됩니다. 서비스 재시작에 주로 씁니다.',
      en: 'The handlers: tasks that run only when notified. However often notified, each runs once, after all the play’s tasks, in the order defined here — not the order of the notifications. Mostly used to restart services.',
    },
    notes: [HANDLER],
  },
  hosts: {
    type: 'str',
    desc: {
      ko: '플레이를 실행할 대상: 인벤토리의 그룹이나 호스트 이름, 또는 패턴(`webservers:&prod`, `all`). 목록으로도 적을 수 있습니다. 모든 플레이에 필요합니다.',
      en: 'Whom the play runs on: inventory groups or host names, or a pattern (`webservers:&prod`, `all`); a list works too. Every play needs it.',
    },
    notes: [INVENTORY],
  },
  max_fail_percentage: {
    type: 'int',
    desc: {
      ko: '한 배치(`serial`)에서 실패한 호스트 비율이 이 값을 넘으면 플레이를 멈춥니다. 롤링 배포에서 피해를 줄입니다.',
      en: 'Stop the play when more than this percentage of a batch (`serial`) failed: limits the damage of a rolling update.',
    },
  },
  order: {
    type: 'str',
    desc: {
      ko: '호스트를 처리할 순서: `inventory`(기본), `reverse_inventory`, `sorted`, `reverse_sorted`, `shuffle`.',
      en: 'The order hosts are taken in: `inventory` (default), `reverse_inventory`, `sorted`, `reverse_sorted`, `shuffle`.',
    },
  },
  post_tasks: {
    type: 'tasks',
    desc: {
      ko: '`roles`와 `tasks`가 끝난 뒤(그 사이 알림받은 핸들러까지 실행된 뒤) 실행할 태스크. 배포 후 확인 같은 일에 씁니다.',
      en: 'Tasks run after `roles` and `tasks` (and after the handlers they notified): e.g. checks after a deployment.',
    },
    notes: [PLAYBOOK],
  },
  pre_tasks: {
    type: 'tasks',
    desc: {
      ko: '`roles`보다 먼저 실행할 태스크(예: 패키지 목록 갱신, 로드밸런서에서 빼기). 여기서 알림받은 핸들러는 roles 전에 실행됩니다.',
      en: 'Tasks run before `roles` (refresh package lists, take the host out of the load balancer). Handlers they notify run before the roles.',
    },
    notes: [PLAYBOOK],
  },
  roles: {
    type: 'list',
    desc: {
      ko: '이 플레이에서 적용할 역할 목록. 이름만 적거나 `- role: nginx` 아래에 `vars`, `tags`, `when`을 줄 수 있습니다. `tasks`보다 먼저 실행됩니다.',
      en: 'Roles applied by the play: just names, or `- role: nginx` with `vars`, `tags`, `when`. They run before `tasks`.',
    },
  },
  serial: {
    type: 'raw',
    desc: {
      ko: '한 번에 처리할 호스트 수나 비율(`2`, `"30%"`, 또는 `[1, 5, "50%"]`). 모든 태스크를 한 배치에 끝낸 뒤 다음 배치로 넘어가므로 롤링 배포가 됩니다.',
      en: 'How many hosts (or what share) go through the play at a time: `2`, `"30%"`, or `[1, 5, "50%"]`. A batch finishes every task before the next starts: a rolling update.',
    },
  },
  strategy: {
    type: 'str',
    desc: {
      ko: '태스크를 호스트에 나눠 실행하는 방식: `linear`(기본: 모든 호스트가 한 태스크를 끝내야 다음으로), `free`(호스트마다 따로 진행), `debug`.',
      en: 'How tasks are spread over hosts: `linear` (default: every host finishes a task before the next), `free` (each host at its own pace), `debug`.',
    },
  },
  tasks: {
    type: 'tasks',
    desc: {
      ko: '플레이가 순서대로 실행할 태스크 목록. 태스크 하나는 모듈 하나를 부르며(`name`과 모듈 키), 애드혹 명령 하나와 같습니다.',
      en: 'The tasks the play runs, in order. Each task calls one module (its `name` and the module key), like one ad-hoc command.',
    },
    notes: [PLAYBOOK],
  },
  vars_files: {
    type: 'list',
    desc: {
      ko: '변수를 읽어 올 YAML 파일 목록(플레이북 기준 상대 경로). 환경별 값이나 비밀(ansible-vault) 파일을 분리할 때 씁니다.',
      en: 'YAML files to read variables from (relative to the playbook): keep per-environment values or vault-encrypted secrets apart.',
    },
    notes: [VARIABLE],
  },
  vars_prompt: {
    type: 'list',
    desc: {
      ko: '플레이 시작 때 사용자에게 물어서 받을 변수(`name`, `prompt`, `private`). 자동 실행(CI)에서는 멈추므로 `-e`로 값을 줄 수 있게 하세요.',
      en: 'Variables asked from the user when the play starts (`name`, `prompt`, `private`). In unattended runs (CI) it blocks: make sure `-e` can supply them.',
    },
    notes: [VARIABLE],
  },
  // ── role entries, blocks, tasks ──
  delegate_facts: {
    type: 'bool',
    desc: {
      ko: '`delegate_to`와 함께 `true`면, 모은 팩트를 현재 호스트가 아니라 위임한 호스트의 것으로 저장합니다.',
      en: 'With `delegate_to`, `true` stores the gathered facts on the delegated host instead of the current one.',
    },
  },
  delegate_to: {
    type: 'str',
    desc: {
      ko: '이 태스크를 현재 호스트 대신 다른 호스트에서 실행합니다(예: `localhost`, 로드밸런서). 변수는 여전히 현재 호스트의 것입니다.',
      en: 'Runs the task on another host instead of the current one (`localhost`, a load balancer); variables are still the current host’s.',
    },
  },
  when: {
    type: 'jinja',
    desc: {
      ko: '조건이 참일 때만 실행합니다. 값은 이미 Jinja 식이므로 `{{ }}` 없이 씁니다(예: `when: ansible_facts[\'distribution\'] == \'Ubuntu\'`). 목록으로 적으면 모든 조건이 참이어야 합니다(AND). `loop`와 함께면 항목마다 따로 검사합니다.',
      en: 'Runs only when the condition is true. The value is already a Jinja expression: write it without `{{ }}` (e.g. `when: ansible_facts[\'distribution\'] == \'Ubuntu\'`). A list means every condition must hold (AND). With `loop`, it is checked per item.',
    },
    notes: [CONDITIONAL],
  },
  role: {
    type: 'str',
    desc: {
      ko: '`roles:` 항목에서 적용할 역할 이름(또는 경로). `- role: nginx` 아래에 `vars`, `tags`, `when` 등을 함께 줍니다.',
      en: 'In a `roles:` entry, the role’s name (or path): `- role: nginx`, with `vars`, `tags`, `when` beside it.',
    },
  },
  // ── blocks ──
  always: {
    type: 'tasks',
    desc: {
      ko: '`block`의 태스크가 성공하든 실패하든 마지막에 항상 실행할 태스크(정리 작업 등). try/finally의 finally와 같습니다.',
      en: 'Tasks that run at the end whether the `block` succeeded or failed (clean-up): the finally of try/finally.',
    },
  },
  block: {
    type: 'tasks',
    desc: {
      ko: '태스크 여러 개를 묶습니다. 블록에 준 `when`, `become`, `tags` 등은 안의 모든 태스크에 적용되고, `rescue`·`always`로 실패를 처리할 수 있습니다.',
      en: 'Groups tasks. The `when`, `become`, `tags`… given to the block apply to every task inside, and `rescue` / `always` handle failures.',
    },
  },
  rescue: {
    type: 'tasks',
    desc: {
      ko: '`block` 안에서 태스크가 실패했을 때만 실행할 태스크. try/except의 except처럼 실패를 복구하거나 되돌립니다.',
      en: 'Tasks that run only when a task of the `block` failed: like except in try/except, they recover or roll back.',
    },
  },
  // ── tasks ──
  notify: {
    type: 'list',
    desc: {
      ko: '이 태스크가 `changed`일 때 알릴 핸들러 이름(또는 `listen` 주제). 알림받은 핸들러는 즉시가 아니라 플레이의 태스크가 모두 끝난 뒤 한 번만 실행되고, 알린 순서가 아니라 `handlers:`에 정의된 순서를 따릅니다. 이름은 핸들러의 `name`과 정확히 같아야 합니다.',
      en: 'Handlers (by name, or a `listen` topic) to notify when this task is `changed`. A notified handler runs once, not right away but after all the play’s tasks, in the order of `handlers:` — not the order notified. The name must match the handler’s `name` exactly.',
    },
    notes: [HANDLER],
  },
  listen: {
    type: 'list',
    desc: {
      ko: '핸들러가 구독할 주제 이름. 여러 핸들러가 같은 주제를 `listen`하면 `notify: 그 주제` 하나로 모두 실행됩니다. 핸들러에만 씁니다.',
      en: 'A topic the handler listens to: handlers that `listen` to the same topic all run on one `notify: <topic>`. Only for handlers.',
    },
    notes: [HANDLER],
  },
  action: {
    type: 'str',
    desc: {
      ko: '실행할 모듈을 값으로 적는 옛 형식(`action: apt name=git`). 지금은 모듈 이름을 키로 적는 형식(`ansible.builtin.apt:`)이 읽기 쉽습니다.',
      en: 'The old form naming the module in a value (`action: apt name=git`). Writing the module as the key (`ansible.builtin.apt:`) reads better.',
    },
  },
  args: {
    type: 'dict',
    desc: {
      ko: '모듈 옵션을 따로 적는 자리. 자유 형식 모듈(`command`, `shell`)에 `chdir`, `creates` 같은 옵션을 줄 때 쓰던 방식이며, 지금은 모듈 아래에 바로 적으면 됩니다.',
      en: 'Module options given apart from the module: the old way of passing `chdir` or `creates` to free-form modules (`command`, `shell`); today they go under the module key.',
    },
  },
  async: {
    type: 'int',
    desc: {
      ko: '오래 걸리는 태스크를 백그라운드로 실행하고 최대 이 초만큼 기다립니다. `poll`과 함께 씁니다(`poll: 0`이면 기다리지 않고 넘어가고 나중에 `async_status`로 확인).',
      en: 'Runs a long task in the background for at most this many seconds; used with `poll` (`poll: 0` moves on at once, check later with `async_status`).',
    },
  },
  changed_when: {
    type: 'jinja',
    desc: {
      ko: '이 태스크를 `changed`로 볼 조건. `command`/`shell`은 늘 changed로 보고하므로 `changed_when: false`(읽기만 하는 명령)나 `changed_when: "\'created\' in result.stdout"`처럼 적어 멱등하게 보이게 합니다. `when`처럼 `{{ }}` 없이 씁니다.',
      en: 'When the task counts as `changed`. `command`/`shell` always report changed, so write `changed_when: false` (a read-only command) or `changed_when: "\'created\' in result.stdout"`. No `{{ }}`, as in `when`.',
    },
    notes: [CONDITIONAL],
  },
  delay: {
    type: 'int',
    desc: {
      ko: '`until` 재시도 사이에 기다릴 초(기본 5).',
      en: 'Seconds between `until` retries (default 5).',
    },
    notes: [PRACTICE],
  },
  failed_when: {
    type: 'jinja',
    desc: {
      ko: '이 태스크를 실패로 볼 조건(예: `failed_when: result.rc not in [0, 1]`). 반환 코드만으로 판단하면 안 될 때 씁니다. `{{ }}` 없이 씁니다.',
      en: 'When the task counts as failed (e.g. `failed_when: result.rc not in [0, 1]`): for when the return code alone is not the answer. No `{{ }}`.',
    },
    notes: [CONDITIONAL],
  },
  local_action: {
    type: 'str',
    desc: {
      ko: '컨트롤 노드에서 모듈을 실행하는 옛 형식. `delegate_to: localhost`와 같으며, 그쪽이 읽기 쉽습니다.',
      en: 'The old form for running a module on the control node; same as `delegate_to: localhost`, which reads better.',
    },
  },
  loop: {
    type: 'list',
    desc: {
      ko: '목록의 항목마다 태스크를 한 번씩 실행합니다. 항목은 `{{ item }}`으로 읽습니다(`loop_control.loop_var`로 이름 변경 가능). 변수라면 `loop: "{{ users }}"`처럼 따옴표 안에 쓰고, 딕셔너리는 `dict2items` 필터로 목록으로 바꿉니다. `with_items` 대신 권장되는 문법입니다.',
      en: 'Runs the task once per item of the list, read as `{{ item }}` (rename it with `loop_control.loop_var`). A variable goes in quotes, `loop: "{{ users }}"`; turn a dictionary into a list with the `dict2items` filter. The recommended replacement for `with_items`.',
    },
    notes: [LOOP],
  },
  loop_control: {
    type: 'dict',
    desc: {
      ko: '`loop`의 동작 조정: `loop_var`(item 이름 바꾸기, 중첩 루프에서 필요), `label`(출력에 보일 짧은 이름), `index_var`, `pause`, `extended`.',
      en: 'Tunes `loop`: `loop_var` (rename `item`; needed in nested loops), `label` (short text shown in the output), `index_var`, `pause`, `extended`.',
    },
    notes: [LOOP],
  },
  poll: {
    type: 'int',
    desc: {
      ko: '`async` 태스크의 상태를 확인할 간격(초, 기본 10). `0`이면 기다리지 않고 다음 태스크로 넘어갑니다.',
      en: 'How often (seconds, default 10) an `async` task is checked; `0` moves on without waiting.',
    },
  },
  register: {
    type: 'str',
    desc: {
      ko: '태스크 결과를 이 이름의 변수로 저장합니다(`stdout`, `rc`, `changed`, `failed` …). 다음 태스크의 `when: result.rc != 0`나 `debug`에서 읽습니다. `loop`와 함께면 결과가 `result.results` 목록에 담깁니다.',
      en: 'Saves the task’s result in a variable of this name (`stdout`, `rc`, `changed`, `failed`…), for a later `when: result.rc != 0` or `debug`. With `loop`, the results are a list in `result.results`.',
    },
    notes: [CONDITIONAL],
  },
  retries: {
    type: 'int',
    desc: {
      ko: '`until` 조건이 참이 될 때까지 다시 시도할 횟수(기본 3). `delay`초씩 쉬며 시도합니다.',
      en: 'How many times to retry until the `until` condition holds (default 3), sleeping `delay` seconds in between.',
    },
    notes: [PRACTICE],
  },
  until: {
    type: 'jinja',
    desc: {
      ko: '이 조건이 참이 될 때까지 태스크를 반복합니다(`retries`번, `delay`초 간격). 서비스가 뜰 때까지 기다리는 데 씁니다. 결과를 읽으려면 `register`가 필요하고, `{{ }}` 없이 씁니다(예: `until: result.rc == 0`).',
      en: 'Repeats the task until the condition holds (`retries` times, `delay` seconds apart): waiting for a service to come up. It needs `register` to read the result; no `{{ }}` (e.g. `until: result.rc == 0`).',
    },
    notes: [PRACTICE],
  },
};

const loopInstead = (filter: { ko: string; en: string }) => ({
  ko: `\`loop\`를 쓰세요: ${filter.ko}`,
  en: `Use \`loop\`: ${filter.en}`,
});

/** The `with_<lookup>` loops the notes and old material use, with their `loop` form. */
const WITH: KeywordSpec[] = [
  {
    name: 'with_items',
    levels: ['task'],
    type: 'raw',
    desc: {
      ko: '목록의 항목마다 태스크를 실행하는 옛 반복 문법. 항목은 `{{ item }}`이며, 중첩된 목록은 한 단계 평평하게 풉니다.',
      en: 'The old loop over a list’s items (`{{ item }}`); a nested list is flattened one level.',
    },
    deprecated: loopInstead({ ko: '`loop: "{{ 목록 }}"`(중첩 목록이면 `| flatten(levels=1)`).', en: '`loop: "{{ list }}"` (add `| flatten(levels=1)` for nested lists).' }),
    notes: [LOOP],
  },
  {
    name: 'with_list',
    levels: ['task'],
    type: 'raw',
    desc: { ko: '목록을 풀지 않고 그대로 반복하는 옛 문법.', en: 'The old loop over a list as it is (no flattening).' },
    deprecated: loopInstead({ ko: '`loop: "{{ 목록 }}"`과 똑같습니다.', en: '`loop: "{{ list }}"` is exactly the same.' }),
    notes: [LOOP],
  },
  {
    name: 'with_dict',
    levels: ['task'],
    type: 'raw',
    desc: { ko: '딕셔너리의 키·값 쌍마다 반복하는 옛 문법(`item.key`, `item.value`).', en: 'The old loop over a dictionary’s pairs (`item.key`, `item.value`).' },
    deprecated: loopInstead({ ko: '`loop: "{{ 딕셔너리 | dict2items }}"`(항목은 똑같이 `item.key`, `item.value`).', en: '`loop: "{{ mydict | dict2items }}"` (items are still `item.key`, `item.value`).' }),
    notes: [LOOP],
  },
  {
    name: 'with_fileglob',
    levels: ['task'],
    type: 'raw',
    desc: { ko: '컨트롤 노드에서 패턴에 맞는 파일마다 반복하는 옛 문법.', en: 'The old loop over the control-node files matching a pattern.' },
    deprecated: loopInstead({ ko: '`loop: "{{ query(\'fileglob\', \'files/*.conf\') }}"`.', en: '`loop: "{{ query(\'fileglob\', \'files/*.conf\') }}"`.' }),
    notes: [LOOP],
  },
  {
    name: 'with_nested',
    levels: ['task'],
    type: 'raw',
    desc: { ko: '여러 목록의 모든 조합마다 반복하는 옛 문법(`item.0`, `item.1`).', en: 'The old loop over every combination of several lists (`item.0`, `item.1`).' },
    deprecated: loopInstead({ ko: '`loop: "{{ 목록1 | product(목록2) | list }}"`.', en: '`loop: "{{ list1 | product(list2) | list }}"`.' }),
    notes: [LOOP],
  },
  {
    name: 'with_subelements',
    levels: ['task'],
    type: 'raw',
    desc: { ko: '항목마다 그 안의 하위 목록 원소와 짝지어 반복하는 옛 문법.', en: 'The old loop pairing each item with each element of one of its sub-lists.' },
    deprecated: loopInstead({ ko: '`loop: "{{ users | subelements(\'keys\') }}"`(`item.0`은 상위 항목, `item.1`은 하위 원소).', en: '`loop: "{{ users | subelements(\'keys\') }}"` (`item.0` the parent, `item.1` the element).' }),
    notes: [LOOP],
  },
  {
    name: 'with_sequence',
    levels: ['task'],
    type: 'raw',
    desc: { ko: '숫자 범위(`start=1 end=5`)로 반복하는 옛 문법.', en: 'The old loop over a number sequence (`start=1 end=5`).' },
    deprecated: loopInstead({ ko: '`loop: "{{ range(1, 6) | list }}"`(끝 값은 포함되지 않음).', en: '`loop: "{{ range(1, 6) | list }}"` (the end is exclusive).' }),
    notes: [LOOP],
  },
  {
    name: 'with_together',
    levels: ['task'],
    type: 'raw',
    desc: { ko: '여러 목록을 같은 위치끼리 짝지어 반복하는 옛 문법.', en: 'The old loop pairing several lists position by position.' },
    deprecated: loopInstead({ ko: '`loop: "{{ 목록1 | zip(목록2) | list }}"`.', en: '`loop: "{{ list1 | zip(list2) | list }}"`.' }),
    notes: [LOOP],
  },
  {
    name: 'with_first_found',
    levels: ['task'],
    type: 'raw',
    desc: { ko: '후보 파일 중 처음 찾은 하나로 실행하는 옛 문법(OS별 변수 파일 고르기).', en: 'The old form that runs with the first file found among candidates (picking a per-OS vars file).' },
    deprecated: loopInstead({ ko: '`loop: "{{ query(\'first_found\', 후보목록) }}"` 또는 값 하나만 필요하면 `lookup(\'first_found\', …)`.', en: '`loop: "{{ query(\'first_found\', candidates) }}"`, or `lookup(\'first_found\', …)` when one value is enough.' }),
    notes: [LOOP],
  },
  {
    name: 'with_indexed_items',
    levels: ['task'],
    type: 'raw',
    desc: { ko: '항목과 그 번호를 함께 반복하는 옛 문법(`item.0`이 번호).', en: 'The old loop over items with their index (`item.0` is the index).' },
    deprecated: loopInstead({ ko: '`loop`에 `loop_control: { index_var: idx }`를 주고 `{{ idx }}`로 번호를 읽습니다.', en: 'give `loop` a `loop_control: { index_var: idx }` and read the index as `{{ idx }}`.' }),
    notes: [LOOP],
  },
];

const ALL_LEVELS: KeywordLevel[] = ['play', 'role', 'block', 'task'];

/** Keywords ansible-core removed (data/keywords.ts REMOVED_KEYWORDS): still met in old material. */
const REMOVED: KeywordSpec[] = [
  {
    name: 'include',
    levels: ['play', 'task'],
    type: 'str',
    desc: {
      ko: '다른 태스크 파일이나 플레이북을 끌어오던 옛 키워드. ansible-core 2.16에서 없어졌습니다.',
      en: 'The old keyword that pulled in another task file or playbook; removed in ansible-core 2.16.',
    },
    deprecated: {
      ko: '태스크 파일은 `ansible.builtin.include_tasks`(실행 중에 결정) 또는 `ansible.builtin.import_tasks`(미리 펼침), 플레이북은 `ansible.builtin.import_playbook`을 쓰세요.',
      en: 'For task files use `ansible.builtin.include_tasks` (decided at run time) or `ansible.builtin.import_tasks` (expanded up front); for playbooks `ansible.builtin.import_playbook`.',
    },
  },
  {
    name: 'sudo',
    levels: ALL_LEVELS,
    type: 'bool',
    desc: { ko: '관리자 권한으로 실행하던 옛 키워드(2.9에서 제거).', en: 'The old keyword for running with admin rights (removed in 2.9).' },
    deprecated: { ko: '`become: true`를 쓰세요(기본 방법이 sudo입니다).', en: 'Use `become: true` (sudo is its default method).' },
    notes: [ADHOC],
  },
  {
    name: 'sudo_user',
    levels: ALL_LEVELS,
    type: 'str',
    desc: { ko: 'sudo로 바꿀 사용자를 정하던 옛 키워드(2.9에서 제거).', en: 'The old keyword naming the user sudo switched to (removed in 2.9).' },
    deprecated: { ko: '`become: true`와 `become_user: 사용자`를 쓰세요.', en: 'Use `become: true` with `become_user: <user>`.' },
    notes: [ADHOC],
  },
  {
    name: 'su',
    levels: ALL_LEVELS,
    type: 'bool',
    desc: { ko: '`su`로 사용자를 바꾸던 옛 키워드(2.9에서 제거).', en: 'The old keyword for switching user with `su` (removed in 2.9).' },
    deprecated: { ko: '`become: true`와 `become_method: su`를 쓰세요.', en: 'Use `become: true` with `become_method: su`.' },
    notes: [ADHOC],
  },
  {
    name: 'su_user',
    levels: ALL_LEVELS,
    type: 'str',
    desc: { ko: '`su`로 바꿀 사용자를 정하던 옛 키워드(2.9에서 제거).', en: 'The old keyword naming the user `su` switched to (removed in 2.9).' },
    deprecated: { ko: '`become: true`, `become_method: su`, `become_user: 사용자`를 쓰세요.', en: 'Use `become: true`, `become_method: su` and `become_user: <user>`.' },
    notes: [ADHOC],
  },
  {
    name: 'always_run',
    levels: ['task'],
    type: 'bool',
    desc: { ko: '점검 모드(`--check`)에서도 실제로 실행하게 하던 옛 키워드(2.6에서 제거).', en: 'The old keyword that made a task really run under `--check` (removed in 2.6).' },
    deprecated: { ko: '`check_mode: false`를 쓰세요.', en: 'Use `check_mode: false`.' },
  },
];

function fromLevels(): KeywordSpec[] {
  const out: KeywordSpec[] = [];
  for (const [name, levels] of KEYWORD_LEVELS) {
    const text = TEXTS[name];
    if (text) out.push({ name, levels: [...levels], ...text });
  }
  return out;
}

/** Every keyword's text: the KEYWORD_LEVELS keywords, the `with_*` loops, the removed keywords. */
export const KEYWORD_TEXTS: KeywordSpec[] = [...fromLevels(), ...WITH, ...REMOVED];

/** Texts written for a name that is not a keyword (a typo here would silently vanish): the data test reads this. */
export const ORPHAN_KEYWORD_TEXTS: string[] = Object.keys(TEXTS).filter((k) => !KEYWORD_LEVELS.has(k));
