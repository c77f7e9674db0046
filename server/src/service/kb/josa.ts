// Korean particles chosen by the word they follow. Messages are written with both forms — `{name}`을(를),
// `{name}`이(가), `{name}`은(는), `{name}`(으)로, `{name}`와(과), `{name}`(이)라는 — and the renderer picks one once the
// placeholder is filled. Hangul endings are es-hangul's (its josa rules, ㄹ + (으)로 included); for what Hangul
// does not spell — Latin words, digits, letters of an acronym — the ending is how a Korean reader says the last
// word: `web` [웹] → 이, `volume` [볼륨] → 은, `ports` [포츠] → 를, `80` [팔십] → 을, `file` [파일] → 로.
import { josa } from 'es-hangul';

type Ending = 'vowel' | 'rieul' | 'consonant';
/** A Hangul syllable with the same ending, handed to es-hangul. */
const STAND_IN: Record<Ending, string> = { vowel: '아', rieul: '알', consonant: '압' };

/** Words whose reading the letter rules below get wrong (lower case). */
const READING: Record<string, Ending> = {
  type: 'consonant', // 타입
  port: 'consonant', // 포트 is also heard as 폿: the choice
  secret: 'consonant', // 시크릿
  template: 'consonant', // 템플릿
  set: 'consonant', get: 'consonant', git: 'consonant', cat: 'consonant', net: 'consonant', let: 'consonant', bit: 'consonant',
  spec: 'consonant', // 스펙
  exec: 'consonant', // 이그젝
  check: 'vowel', healthcheck: 'vowel', // 체크
  put: 'vowel', output: 'vowel', input: 'vowel', // 풋
  slim: 'consonant',
  apt: 'vowel', // 앱트
  yaml: 'rieul', // 야믈
  helm: 'consonant', // 헬름
  from: 'consonant', // 프롬
  json: 'consonant', // 제이슨
  python: 'consonant', // 파이썬
  ansible: 'rieul', // 앤서블
  npm: 'consonant', // 엔피엠
  sql: 'rieul', mysql: 'rieul', // 에스큐엘
  url: 'rieul', // 유알엘
  html: 'rieul',
  xml: 'rieul',
  ssh: 'vowel', // 에스에스에이치
  ok: 'vowel', // 오케이
  id: 'vowel', // 아이디
  api: 'vowel',
  cpu: 'vowel',
  dns: 'vowel',
  tcp: 'vowel', udp: 'vowel', ip: 'vowel',
  cli: 'vowel',
  cmd: 'vowel', // 커맨드
  env: 'vowel', // 엔브
  arg: 'vowel', // 아그
  run: 'consonant', // 런
  main: 'consonant', // 메인
  alpine: 'consonant', // 알파인
  debian: 'consonant', // 데비안
  ubuntu: 'vowel',
  nginx: 'vowel', // 엔진엑스
  latest: 'vowel', // 레이티스트
  root: 'vowel', // 루트
  host: 'vowel', // 호스트
  list: 'vowel', test: 'vowel',
  web: 'consonant', // 웹
  app: 'consonant', // 앱
  dict: 'vowel', // 딕트
  item: 'consonant', // 아이템
  system: 'consonant', // 시스템
  volume: 'consonant', // 볼륨
  none: 'consonant', // 논
  image: 'vowel', // 이미지
  stage: 'vowel',
  null: 'rieul', // 널
  true: 'vowel', // 트루
  false: 'vowel', // 폴스
  yes: 'vowel', no: 'vowel',
};

/** How the names of letters end (an acronym is read letter by letter: `URL` [유알엘], `CMD`). */
const LETTER: Record<string, Ending> = {
  a: 'vowel', b: 'vowel', c: 'vowel', d: 'vowel', e: 'vowel', f: 'vowel', g: 'vowel', h: 'vowel', i: 'vowel', j: 'vowel',
  k: 'vowel', l: 'rieul', m: 'consonant', n: 'consonant', o: 'vowel', p: 'vowel', q: 'vowel', r: 'rieul', s: 'vowel',
  t: 'vowel', u: 'vowel', v: 'vowel', w: 'vowel', x: 'vowel', y: 'vowel', z: 'vowel',
};

/** The ending of a Latin word as a Korean reader says it. */
function latinEnding(word: string): Ending {
  const w = word.toLowerCase();
  const known = READING[w];
  if (known) return known;
  // A short word without a vowel (`CMD`, `DNS`, `db`, `k8s`): spelled out.
  if (word.length > 1 && word.length <= 4 && !/[aeiouy]/.test(w)) return LETTER[w[w.length - 1]] ?? 'vowel';
  if (w.length === 1) return LETTER[w] ?? 'vowel';
  if (/ng$/.test(w)) return 'consonant'; // 스트링
  if (/(?:l|le|ll)$/.test(w)) return 'rieul'; // 파일, 모듈, 셸
  if (/(?:m|n|me|ne|mb)$/.test(w)) return 'consonant'; // 네임, 컨테이너? (n: 리전, 버전)
  if (/(?:b|p|ck|ook)$/.test(w)) return 'consonant'; // 웹, 앱, 스택, 훅
  if (/[aeiou][tp]$/.test(w) && w.length <= 4) return 'consonant'; // 셋, 겟
  if (/(?:it|et)$/.test(w)) return 'consonant'; // 리밋, 커밋, 타깃, 소켓
  return 'vowel'; // 드, 그, 크, 스, 즈, 트, 프, 브, 치, 시, -er (서버), -y, -o …
}

const DIGIT: Ending[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel']; // 영 일 이 삼 사 오 육 칠 팔 구

/** A number read in Korean: its last non-zero digit, or the unit it ends with (십 백 천 만). */
function numberEnding(digits: string): Ending {
  const trimmed = digits.replace(/^0+(?=\d)/, '');
  const zeros = /0*$/.exec(trimmed)![0].length;
  if (trimmed === '0') return 'consonant';
  if (zeros === 0) return DIGIT[Number(trimmed[trimmed.length - 1])];
  const unit = zeros % 4; // 십 백 천, then 만 (억, 조 end in ㄱ/ㅗ: rare in our messages)
  if (unit === 1) return 'consonant'; // 십
  if (unit === 2) return 'consonant'; // 백
  if (unit === 3) return 'consonant'; // 천
  return 'consonant'; // 만, 억
}

/** The ending of whatever a particle follows: the last word, with quotes, backticks and brackets left out. */
export function endingOf(text: string): Ending | { hangul: string } {
  const t = text.replace(/[\s`'"“”‘’)\]}>»」』.,:;!?*_~-]+$/u, '');
  const last = t[t.length - 1];
  if (!last) return 'vowel';
  if (/[가-힣]/.test(last)) return { hangul: last };
  if (/\d/.test(last)) return numberEnding(/\d+$/.exec(t)![0]);
  // The last word, and of a camelCase name its last part (`revisionHistoryLimit` → Limit, `ConfigMap` → Map).
  const word = /[A-Za-z]+$/.exec(t)?.[0];
  if (word) return latinEnding(word === word.toUpperCase() ? word : (/[A-Z]?[a-z]+$/.exec(word)?.[0] ?? word));
  return 'vowel'; // `/`, `*`, `%` …: read as 슬래시, 별표, 퍼센트
}

/** Both-form particles and their es-hangul forms. */
const PARTICLES: [string, string, string][] = [
  ['을(를)', '을/를', ''],
  ['이(가)', '이/가', ''],
  ['은(는)', '은/는', ''],
  ['(으)로', '으로/로', ''],
  ['와(과)', '와/과', ''],
  ['과(와)', '와/과', ''],
  ['(이)라는', '이라/라', '는'],
  ['(이)나', '이나/나', ''],
];
const PATTERN = /(을\(를\)|이\(가\)|은\(는\)|\(으\)로|와\(과\)|과\(와\)|\(이\)라는|\(이\)나)/g;

/** Pick every both-form particle of a Korean text by the word before it. */
export function resolveParticles(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(PATTERN, (form: string, _m: string, offset: number) => {
    const p = PARTICLES.find(([f]) => f === form)!;
    const ending = endingOf(text.slice(Math.max(0, offset - 80), offset));
    const syllable = typeof ending === 'string' ? STAND_IN[ending] : ending.hangul;
    return josa.pick(syllable, p[1] as Parameters<typeof josa.pick>[1]) + p[2];
  });
}
