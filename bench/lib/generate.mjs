// Deterministic (seeded) inputs for the benchmark: realistic Dockerfiles, Kubernetes manifests, Compose files,
// Ansible playbooks and an INI inventory at a requested number of lines. Each generator also says where a user
// would hover, ask for completion and type (positions chosen where every server has something to say), so the
// same requests go to every server.

/** mulberry32: a small seeded PRNG (same seed → same input on every machine). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const WORDS = ['api', 'web', 'auth', 'billing', 'search', 'cart', 'orders', 'users', 'media', 'notify', 'report', 'gateway', 'worker', 'catalog', 'payments', 'inventory', 'metrics', 'audit', 'profile', 'session'];

/** A line-oriented builder that remembers marked positions. */
class Lines {
  constructor() {
    this.lines = [];
    this.marks = {};
  }
  push(...ls) {
    for (const l of ls) this.lines.push(l);
  }
  /** Mark a position on the next line pushed: `col` is the character, `name` the mark. */
  mark(name, col) {
    this.marks[name] = { line: this.lines.length, character: col };
  }
  get length() {
    return this.lines.length;
  }
  text() {
    return this.lines.join('\n') + '\n';
  }
}

/**
 * The edit a user makes: a digit `to` typed right after the digit `from` at `pos` (and deleted again on the next
 * edit), so the text stays valid and alternates between two versions.
 */
function editAt(pos, from, to) {
  return { line: pos.line, character: pos.character, from, to };
}

// ---------------------------------------------------------------------------------------------------------------
// Dockerfile: multi-stage, ARG/ENV, RUN with continuations, COPY --from, HEALTHCHECK, USER, CMD.

export function dockerfile(targetLines, seed = 1) {
  const r = rng(seed);
  const b = new Lines();
  b.push('# syntax=docker/dockerfile:1', '# Generated benchmark input: a multi-stage build', 'ARG NODE_VERSION=20.11.1', 'ARG GO_VERSION=1.22', 'ARG ALPINE_VERSION=3.19', '');
  const stages = [];
  let i = 0;
  const mid = Math.floor(targetLines / 2);
  const small = targetLines < 40;
  while (i === 0 || b.length < targetLines - (small ? 0 : 14)) {
    const name = `${r.pick(WORDS)}-${i}`;
    const kind = i % 3;
    const wantMarks = !b.marks.hover && (small || b.length >= mid - 30);
    if (kind === 0) {
      b.push(`FROM node:\${NODE_VERSION}-alpine\${ALPINE_VERSION} AS ${name}`, 'WORKDIR /app');
      b.push('ENV NODE_ENV=production \\', `    PORT=${3000 + i} \\`, '    NPM_CONFIG_LOGLEVEL=warn');
      b.push('COPY package.json package-lock.json ./');
      if (wantMarks) b.mark('hover', 1); // on the RUN keyword
      b.push('RUN apk add --no-cache python3 make g++ \\', '    && npm ci --omit=dev \\', '    && npm cache clean --force');
      b.push('COPY src ./src', 'COPY tsconfig.json ./');
      b.push('RUN npm run build \\', '    && npm prune --omit=dev');
      if (wantMarks) b.mark('complete', 0); // an empty line: a new instruction goes here
      b.push('');
      if (wantMarks) b.mark('edit', 0);
      b.push(`EXPOSE ${3000 + i}`);
    } else if (kind === 1) {
      b.push(`FROM golang:\${GO_VERSION}-bookworm AS ${name}`, `ARG VERSION=1.${i}.0`, 'WORKDIR /src');
      b.push('RUN apt-get update \\', '    && apt-get install -y --no-install-recommends ca-certificates git make \\', '    && rm -rf /var/lib/apt/lists/*');
      b.push('COPY go.mod go.sum ./', 'RUN --mount=type=cache,target=/go/pkg/mod go mod download');
      b.push('COPY . .');
      b.push(`RUN CGO_ENABLED=0 GOOS=linux go build -trimpath -ldflags="-s -w -X main.version=\${VERSION}" \\`, `    -o /out/${name} ./cmd/${name.replace(/-\d+$/, '')}`);
      if (stages.length) b.push(`COPY --from=${r.pick(stages)} /app/dist /src/web/dist`);
    } else {
      b.push(`FROM alpine:\${ALPINE_VERSION} AS ${name}`);
      b.push('RUN addgroup -S app && adduser -S -G app app \\', '    && apk add --no-cache ca-certificates tzdata curl');
      const from = stages.filter((s) => /-\d+$/.test(s))[stages.length - 1] ?? stages[0];
      b.push(`COPY --from=${from} --chown=app:app /out/ /usr/local/bin/`);
      b.push('ENV TZ=UTC \\', `    APP_NAME=${name}`);
      b.push(`LABEL org.opencontainers.image.title="${name}" \\`, `      org.opencontainers.image.version="1.${i}.0"`);
      b.push(`HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD curl -fsS http://localhost:${8000 + i}/healthz || exit 1`);
      b.push('USER app', `EXPOSE ${8000 + i}`);
      b.push(`ENTRYPOINT ["/usr/local/bin/${stages[stages.length - 1] ?? name}"]`);
    }
    b.push('');
    stages.push(name);
    i++;
  }
  if (small) {
    b.lines.pop();
    b.push('USER node', 'CMD ["node", "dist/server.js"]');
  } else {
    b.push('FROM gcr.io/distroless/nodejs20-debian12 AS runtime', 'WORKDIR /app');
    b.push(`COPY --from=${stages[0]} /app/dist ./dist`, `COPY --from=${stages[0]} /app/node_modules ./node_modules`);
    b.push('ENV NODE_ENV=production', 'USER 1000:1000', 'EXPOSE 3000', 'CMD ["dist/server.js"]');
  }
  if (!b.marks.hover) throw new Error('dockerfile: too small for the marks');
  const edit = b.marks.edit;
  const line = b.lines[edit.line];
  const ch = line.length - 1; // the last digit of the EXPOSE port
  return { text: b.text(), lines: b.length, hover: b.marks.hover, complete: b.marks.complete, edit: editAt({ line: edit.line, character: ch }, line[ch], line[ch] === '9' ? '8' : String(Number(line[ch]) + 1)) };
}

// ---------------------------------------------------------------------------------------------------------------
// Kubernetes: a multi-document manifest (Deployment, Service, ConfigMap, Ingress, HorizontalPodAutoscaler …).

function k8sDeployment(b, app, r, i, marks) {
  b.push('apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${app}`, `  namespace: shop`, '  labels:', `    app.kubernetes.io/name: ${app}`, '    app.kubernetes.io/part-of: shop');
  b.push('spec:');
  if (marks) b.mark('hover', 4); // inside `replicas`
  if (marks) b.mark('edit', 12);
  b.push(`  replicas: ${r.int(2, 8)}`);
  if (marks) b.mark('complete', 2); // a new key of the Deployment spec
  if (marks) b.push('  ');
  b.push('  revisionHistoryLimit: 5', '  selector:', '    matchLabels:', `      app.kubernetes.io/name: ${app}`);
  b.push('  strategy:', '    type: RollingUpdate', '    rollingUpdate:', '      maxSurge: 1', '      maxUnavailable: 0');
  b.push('  template:', '    metadata:', '      labels:', `        app.kubernetes.io/name: ${app}`, '    spec:', `      serviceAccountName: ${app}`, '      containers:');
  b.push(`        - name: ${app}`, `          image: registry.example.com/shop/${app}:1.${i % 40}.${r.int(0, 9)}`, '          imagePullPolicy: IfNotPresent');
  b.push('          ports:', '            - name: http', `              containerPort: ${8080 + (i % 10)}`, '              protocol: TCP');
  b.push('          env:', '            - name: LOG_LEVEL', '              value: info', '            - name: DB_HOST', `              value: ${app}-db.shop.svc.cluster.local`);
  b.push('          envFrom:', '            - configMapRef:', `                name: ${app}-config`);
  b.push('          resources:', '            requests:', '              cpu: 100m', '              memory: 128Mi', '            limits:', '              cpu: 500m', '              memory: 512Mi');
  b.push('          readinessProbe:', '            httpGet:', '              path: /ready', '              port: http', '            initialDelaySeconds: 5', '            periodSeconds: 10');
  b.push('          livenessProbe:', '            httpGet:', '              path: /healthz', '              port: http', '            failureThreshold: 3');
}

function k8sService(b, app, i) {
  b.push('apiVersion: v1', 'kind: Service', 'metadata:', `  name: ${app}`, '  namespace: shop', 'spec:', '  type: ClusterIP', '  selector:', `    app.kubernetes.io/name: ${app}`, '  ports:', '    - name: http', '      port: 80', `      targetPort: ${8080 + (i % 10)}`, '      protocol: TCP');
}

function k8sConfigMap(b, app, r) {
  b.push('apiVersion: v1', 'kind: ConfigMap', 'metadata:', `  name: ${app}-config`, '  namespace: shop', 'data:', '  LOG_FORMAT: json', `  CACHE_TTL: "${r.int(30, 600)}"`, `  FEATURE_FLAGS: "search,${app}"`, '  app.properties: |', `    server.name=${app}`, '    server.threads=16');
}

function k8sIngress(b, app) {
  b.push('apiVersion: networking.k8s.io/v1', 'kind: Ingress', 'metadata:', `  name: ${app}`, '  namespace: shop', '  annotations:', '    nginx.ingress.kubernetes.io/proxy-body-size: 8m', 'spec:', '  ingressClassName: nginx', '  tls:', '    - hosts:', `        - ${app}.shop.example.com`, `      secretName: ${app}-tls`, '  rules:', `    - host: ${app}.shop.example.com`, '      http:', '        paths:', '          - path: /', '            pathType: Prefix', '            backend:', '              service:', `                name: ${app}`, '                port:', '                  number: 80');
}

function k8sHpa(b, app, r) {
  b.push('apiVersion: autoscaling/v1', 'kind: HorizontalPodAutoscaler', 'metadata:', `  name: ${app}`, '  namespace: shop', 'spec:', '  scaleTargetRef:', '    apiVersion: apps/v1', '    kind: Deployment', `    name: ${app}`, '  minReplicas: 2', `  maxReplicas: ${r.int(5, 20)}`, `  targetCPUUtilizationPercentage: ${r.int(50, 85)}`);
}

function k8sServiceAccount(b, app) {
  b.push('apiVersion: v1', 'kind: ServiceAccount', 'metadata:', `  name: ${app}`, '  namespace: shop', 'automountServiceAccountToken: false');
}

export function kubernetes(targetLines, seed = 2) {
  const r = rng(seed);
  const b = new Lines();
  const mid = Math.floor(targetLines / 2);
  let i = 0;
  let first = true;
  while (b.length < targetLines - 10 || first) {
    const app = `${WORDS[i % WORDS.length]}-${Math.floor(i / WORDS.length)}`;
    const parts = [
      () => k8sDeployment(b, app, r, i, !b.marks.hover && (b.length >= mid - 60 || targetLines < 120)),
      () => k8sService(b, app, i),
      () => k8sConfigMap(b, app, r),
      () => k8sIngress(b, app),
      () => k8sHpa(b, app, r),
      () => k8sServiceAccount(b, app),
    ];
    for (const part of parts) {
      if (!first && b.length >= targetLines - 6) break;
      if (!first || b.length) b.push('---');
      part();
      first = false;
    }
    i++;
  }
  const e = b.marks.edit;
  const d = b.lines[e.line][e.character];
  return { text: b.text(), lines: b.length, hover: b.marks.hover, complete: b.marks.complete, edit: editAt(e, d, d === '9' ? '8' : String(Number(d) + 1)) };
}

// ---------------------------------------------------------------------------------------------------------------
// Compose: many services with image/build, ports, volumes, environment, depends_on, healthcheck, logging.

export function compose(targetLines, seed = 3) {
  const r = rng(seed);
  const b = new Lines();
  b.push('# Generated benchmark input: a Compose application', 'name: shop', 'services:');
  const services = [];
  const volumes = [];
  const mid = Math.floor(targetLines / 2);
  let i = 0;
  const footer = (n) => 8 + n * 2;
  while (b.length < targetLines - footer(volumes.length + 1) - 4 || i === 0) {
    const name = `${WORDS[i % WORDS.length]}${i >= WORDS.length ? `-${Math.floor(i / WORDS.length)}` : ''}`;
    const marks = !b.marks.hover && (b.length >= mid - 20 || targetLines < 60);
    b.push(`  ${name}:`);
    if (marks) b.mark('hover', 5); // a service key: `image` (or `build`)
    if (i % 4 === 3) {
      b.push('    build:', `      context: ./services/${name}`, '      dockerfile: Dockerfile', '      args:', `        VERSION: "1.${i}.0"`, `    image: registry.example.com/shop/${name}:1.${i}.0`);
    } else {
      b.push(`    image: ${r.pick(['nginx:1.27-alpine', 'redis:7.4-alpine', 'postgres:16.4', 'node:20.11-alpine', 'grafana/grafana:11.2.0', 'python:3.12-slim'])}`);
    }
    if (marks) b.mark('complete', 4); // a new key of this service
    if (marks) b.push('    ');
    b.push('    restart: unless-stopped');
    b.push('    ports:', `      - "${10000 + i}:${r.pick([80, 8080, 3000, 5432, 6379])}"`);
    const vol = `${name}-data`;
    volumes.push(vol);
    b.push('    volumes:', `      - ${vol}:/var/lib/${name}`, `      - ./config/${name}.conf:/etc/${name}/app.conf:ro`);
    b.push('    environment:', `      SERVICE_NAME: ${name}`, '      LOG_LEVEL: info');
    if (marks) b.mark('edit', 0);
    b.push(`      CACHE_TTL: "${r.int(30, 600)}"`);
    if (services.length) {
      const deps = [...new Set([r.pick(services), r.pick(services)])];
      b.push('    depends_on:');
      for (const d of deps) b.push(`      ${d}:`, '        condition: service_healthy');
    }
    b.push('    healthcheck:', `      test: ["CMD", "wget", "-qO-", "http://localhost:${8000 + i}/health"]`, '      interval: 30s', '      timeout: 5s', `      retries: ${r.int(3, 5)}`);
    b.push('    logging:', '      driver: json-file', '      options:', '        max-size: 10m', '        max-file: "3"');
    b.push('    networks:', '      - backend');
    services.push(name);
    i++;
  }
  b.push('networks:', '  backend:', '    driver: bridge', 'volumes:');
  for (const v of volumes) b.push(`  ${v}:`, '    driver: local');
  const e = b.marks.edit;
  // the edit: the last digit of CACHE_TTL's value
  const ch = b.lines[e.line].length - 2;
  const d = b.lines[e.line][ch];
  return { text: b.text(), lines: b.length, hover: b.marks.hover, complete: b.marks.complete, edit: editAt({ line: e.line, character: ch }, d, d === '9' ? '8' : String(Number(d) + 1)) };
}

// ---------------------------------------------------------------------------------------------------------------
// Ansible playbook: plays with vars, tasks (apt, template, service, lineinfile, user, command …) and handlers.

export function playbook(targetLines, seed = 4, { roles = false } = {}) {
  const r = rng(seed);
  const b = new Lines();
  b.push('---', '# Generated benchmark input: an Ansible playbook');
  const mid = Math.floor(targetLines / 2);
  let p = 0;
  while (b.length < targetLines - 12 || p === 0) {
    const group = WORDS[p % WORDS.length];
    b.push(`- name: Configure ${group} servers (${p})`, `  hosts: ${group}`, '  become: true', '  gather_facts: true');
    if (roles) b.push('  roles:', '    - common');
    b.push('  vars:', `    app_user: ${group}`, `    app_port: ${8000 + p}`, '    packages:', '      - nginx', '      - curl', '      - python3-venv', '  tasks:');
    let t = 0;
    while (t < 8 && b.length < targetLines - 10) {
      const marks = !b.marks.hover && (b.length >= mid - 10 || targetLines < 80);
      const kind = t % 6;
      if (marks) b.mark('hover', 6); // a module name
      if (kind === 0) {
        b.push('    - name: Install packages', '      ansible.builtin.apt:', '        name: "{{ packages }}"', '        state: present', '        update_cache: true', '        cache_valid_time: 3600');
        if (marks) b.marks.hover = { line: b.length - 5, character: 10 };
      } else if (kind === 1) {
        b.push('    - name: Create the application user', '      ansible.builtin.user:', '        name: "{{ app_user }}"', '        shell: /usr/sbin/nologin', '        system: true');
        if (marks) b.marks.hover = { line: b.length - 4, character: 10 };
      } else if (kind === 2) {
        b.push('    - name: Render the site configuration', '      ansible.builtin.template:', '        src: templates/site.conf.j2', `        dest: /etc/nginx/sites-available/${group}.conf`, '        owner: root');
        if (marks) b.mark('edit', 16);
        b.push(`        mode: "064${r.int(0, 4)}"`, '      notify: Reload nginx');
        if (marks) b.marks.hover = { line: b.length - 6, character: 10 };
      } else if (kind === 3) {
        b.push('    - name: Tune the connection limits', '      ansible.builtin.lineinfile:', '        path: /etc/security/limits.conf', `        line: "{{ app_user }} soft nofile ${r.int(4096, 65535)}"`, '        create: true');
        if (marks) b.marks.hover = { line: b.length - 4, character: 10 };
      } else if (kind === 4) {
        b.push('    - name: Check the application version', '      ansible.builtin.command: /usr/local/bin/app --version', '      register: app_version', '      changed_when: false');
        if (marks) b.marks.hover = { line: b.length - 3, character: 10 };
      } else {
        b.push('    - name: Start the service', '      ansible.builtin.service:', '        name: nginx', '        state: started', '        enabled: true');
        if (marks) b.marks.hover = { line: b.length - 4, character: 10 };
      }
      if (marks) {
        b.mark('complete', 6); // a new key of the task just written
        b.push('      ');
      }
      t++;
    }
    b.push('  handlers:', '    - name: Reload nginx', '      ansible.builtin.service:', '        name: nginx', '        state: reloaded');
    p++;
  }
  if (!b.marks.edit) {
    // small playbooks: edit the app_port of the first play
    const l = b.lines.findIndex((x) => x.startsWith('    app_port:'));
    b.marks.edit = { line: l, character: b.lines[l].length - 1 };
  } else {
    b.marks.edit = { line: b.marks.edit.line, character: b.lines[b.marks.edit.line].length - 2 };
  }
  const e = b.marks.edit;
  const d = b.lines[e.line][e.character];
  return { text: b.text(), lines: b.length, hover: b.marks.hover, complete: b.marks.complete, edit: editAt(e, d, d === '9' ? '8' : String(Number(d) + 1)) };
}

// ---------------------------------------------------------------------------------------------------------------
// INI inventory: groups of hosts with variables, group vars and children.

export function inventory(hosts, seed = 5) {
  const r = rng(seed);
  const b = new Lines();
  b.push('# Generated benchmark input: an INI inventory');
  const groups = WORDS.slice(0, 10);
  const per = Math.ceil(hosts / groups.length);
  let n = 0;
  for (const g of groups) {
    b.push(`[${g}]`);
    for (let k = 0; k < per && n < hosts; k++, n++) {
      if (n === Math.floor(hosts / 2)) b.mark('hover', 2);
      b.push(`${g}-${String(k + 1).padStart(4, '0')}.shop.example.internal ansible_host=198.51.${Math.floor(n / 250) % 256}.${(n % 250) + 1} ansible_port=${r.pick([22, 22, 22, 2222])}`);
    }
    b.push('', `[${g}:vars]`, 'ansible_user=deploy', `app_env=${r.pick(['prod', 'staging'])}`, '');
  }
  b.push('[shop:children]', ...groups, '');
  const h = b.marks.hover;
  const line = b.lines[h.line];
  const ch = line.indexOf(' ansible_port=') - 1;
  const d = line[ch];
  b.mark('complete', 0);
  b.push('');
  return { text: b.text(), lines: b.length, hover: h, complete: b.marks.complete, edit: editAt({ line: h.line, character: ch }, d, d === '9' ? '8' : String(Number(d) + 1)) };
}

// ---------------------------------------------------------------------------------------------------------------
// An Ansible project (the Ansible row against @ansible/ansible-language-server): a playbook of `targetLines` lines
// using a role, with handlers, plus the role's task and handler files and an INI inventory of its groups.

export function ansibleProject(targetLines, seed = 6) {
  const pb = playbook(targetLines, seed, { roles: true });
  const role = {
    tasks: ['---', '- name: Install the common packages', '  ansible.builtin.apt:', '    name:', '      - curl', '      - ca-certificates', '    state: present', '    update_cache: true', '  notify: Restart rsyslog', ''].join('\n'),
    handlers: ['---', '- name: Restart rsyslog', '  ansible.builtin.service:', '    name: rsyslog', '    state: restarted', ''].join('\n'),
  };
  const groups = [...new Set([...pb.text.matchAll(/^ {2}hosts: (\S+)$/gm)].map((m) => m[1]))];
  const inv = [...groups.flatMap((g, i) => [`[${g}]`, `${g}-01.example.internal ansible_host=192.0.2.${i + 1}`, '']), '[all:vars]', 'ansible_user=deploy', ''].join('\n');
  // A playbook too small for a task (20 lines): hover on the handler's module, complete at its first option key.
  const lines = pb.text.split('\n');
  const mod = lines.findIndex((l) => l === '      ansible.builtin.service:');
  const hover = pb.hover ?? { line: mod, character: 10 };
  const complete = pb.complete ?? { line: mod + 1, character: 8 };
  return { ...pb, hover, complete, role, inventory: inv };
}
