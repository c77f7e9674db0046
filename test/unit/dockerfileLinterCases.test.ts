// The cases a dedicated Dockerfile linter is known for (hadolint's DL rules, each as a small Dockerfile written here
// from the rule's documented meaning), and which of our rules catches each. Every case mapped to a rule must fire
// that rule; the coverage (cases caught / cases that apply without configuration) is printed. Cases we leave out on
// purpose say why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, findingsOf } from '../helpers';

interface Case {
  dl: string;
  text: string;
  /** Our rule that catches it, or null with the reason we do not. */
  ours: string | null;
  why?: string;
}

const CASES: Case[] = [
  { dl: 'DL3000', ours: 'DF110', text: 'FROM alpine:3.20\nWORKDIR app\n' },
  { dl: 'DL3001', ours: null, why: 'commands such as ssh or vim in RUN: legitimate in build stages often enough that we do not guess', text: 'FROM alpine:3.20\nRUN apk add --no-cache vim\n' },
  { dl: 'DL3002', ours: 'DF012', text: 'FROM alpine:3.20\nUSER root\n' },
  { dl: 'DL3003', ours: 'DF013', text: 'FROM alpine:3.20\nRUN cd /tmp && make\n' },
  { dl: 'DL3004', ours: 'DF014', text: 'FROM alpine:3.20\nRUN sudo make install\n' },
  { dl: 'DL3006', ours: 'DF008', text: 'FROM debian\n' },
  { dl: 'DL3007', ours: 'DF008', text: 'FROM debian:latest\n' },
  { dl: 'DL3008', ours: 'DF019', text: 'FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n' },
  { dl: 'DL3009', ours: 'DF006', text: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1\n' },
  { dl: 'DL3011', ours: 'DF112', text: 'FROM alpine:3.20\nEXPOSE 80000\n' },
  { dl: 'DL3012', ours: 'DF109', text: 'FROM alpine:3.20\nHEALTHCHECK CMD ["true"]\nHEALTHCHECK CMD ["false"]\n' },
  { dl: 'DL3013', ours: 'DF019', text: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n' },
  { dl: 'DL3014', ours: 'DF017', text: 'FROM debian:12\nRUN apt-get install --no-install-recommends curl=7.88.1\n' },
  { dl: 'DL3015', ours: 'DF005', text: 'FROM debian:12\nRUN apt-get install -y curl=7.88.1\n' },
  { dl: 'DL3016', ours: 'DF019', text: 'FROM node:20-alpine\nRUN npm install -g nodemon\n' },
  { dl: 'DL3018', ours: 'DF019', text: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n' },
  { dl: 'DL3019', ours: 'DF004', text: 'FROM alpine:3.20\nRUN apk add curl=8.9.1-r0\n' },
  { dl: 'DL3020', ours: 'DF001', text: 'FROM alpine:3.20\nADD app.py /app/\n' },
  { dl: 'DL3021', ours: 'DF115', text: 'FROM alpine:3.20\nCOPY a.txt b.txt /app\n' },
  { dl: 'DL3022', ours: 'DF107', text: 'FROM alpine:3.20\nCOPY --from=builder /a /b\n' },
  { dl: 'DL3023', ours: 'DF107', text: 'FROM alpine:3.20 AS web\nCOPY --from=web /a /b\n' },
  { dl: 'DL3024', ours: 'DF103', text: 'FROM alpine:3.20 AS a\nFROM alpine:3.20 AS a\n' },
  { dl: 'DL3025', ours: 'DF011', text: 'FROM node:20-alpine\nCMD node server.js\n' },
  { dl: 'DL3027', ours: null, why: 'we read `apt` like `apt-get` and apply the same advice instead of asking to rename it', text: 'FROM debian:12\nRUN apt install -y --no-install-recommends curl=7.88.1\n' },
  { dl: 'DL3028', ours: 'DF019', text: 'FROM ruby:3.3-slim\nRUN gem install bundler\n' },
  { dl: 'DL3029', ours: 'DF023', text: 'FROM --platform=linux/amd64 alpine:3.20\n' },
  { dl: 'DL3030', ours: 'DF017', text: 'FROM centos:7\nRUN yum install httpd && yum clean all\n' },
  { dl: 'DL3032', ours: 'DF018', text: 'FROM centos:7\nRUN yum -y install httpd\n' },
  { dl: 'DL3033', ours: null, why: 'yum/dnf/zypper versions (`name-1.2`) cannot be told from names that contain a dash', text: 'FROM centos:7\nRUN yum -y install httpd && yum clean all\n' },
  { dl: 'DL3034', ours: 'DF017', text: 'FROM opensuse/leap:15.6\nRUN zypper install git && zypper clean\n' },
  { dl: 'DL3035', ours: null, why: 'zypper dist-upgrade in a build: rare, not taught', text: 'FROM opensuse/leap:15.6\nRUN zypper -n dist-upgrade && zypper clean\n' },
  { dl: 'DL3036', ours: 'DF018', text: 'FROM opensuse/leap:15.6\nRUN zypper -n install git\n' },
  { dl: 'DL3038', ours: 'DF017', text: 'FROM rockylinux:9\nRUN dnf install git && dnf clean all\n' },
  { dl: 'DL3040', ours: 'DF018', text: 'FROM rockylinux:9\nRUN dnf -y install git\n' },
  { dl: 'DL3042', ours: 'DF007', text: 'FROM python:3.12-slim\nRUN pip install flask==3.0.3\n' },
  { dl: 'DL3043', ours: 'DF112', text: 'FROM alpine:3.20\nONBUILD FROM alpine:3.20\n' },
  { dl: 'DL3044', ours: 'DF116', text: 'FROM alpine:3.20\nENV A=/a B=$A/b\n' },
  { dl: 'DL3045', ours: 'DF022', text: 'FROM node:20-alpine\nCOPY package.json .\n' },
  { dl: 'DL3046', ours: null, why: 'useradd -l with a high UID: a large-lastlog corner case', text: 'FROM debian:12\nRUN useradd -u 123456 app\n' },
  { dl: 'DL3047', ours: null, why: 'wget progress output in logs: cosmetic', text: 'FROM debian:12\nRUN wget https://example.com/x\n' },
  { dl: 'DL3048', ours: null, why: 'label key syntax: not yet', text: 'FROM alpine:3.20\nLABEL -bad=1\n' },
  { dl: 'DL3057', ours: null, why: 'a missing HEALTHCHECK: many images are health-checked by the orchestrator instead', text: 'FROM alpine:3.20\nCMD ["sh"]\n' },
  { dl: 'DL3059', ours: 'DF003', text: 'FROM alpine:3.20\nRUN a\nRUN b\n' },
  { dl: 'DL3060', ours: null, why: 'yarn cache clean: not yet', text: 'FROM node:20-alpine\nRUN yarn install\n' },
  { dl: 'DL3061', ours: 'DF101', text: 'LABEL a=b\nFROM alpine:3.20\n' },
  { dl: 'DL4000', ours: 'DF111', text: 'FROM alpine:3.20\nMAINTAINER someone\n' },
  { dl: 'DL4001', ours: null, why: 'wget and curl both used: a size nit', text: 'FROM alpine:3.20\nRUN wget x && curl y\n' },
  { dl: 'DL4003', ours: 'DF109', text: 'FROM alpine:3.20\nCMD ["a"]\nCMD ["b"]\n' },
  { dl: 'DL4004', ours: 'DF109', text: 'FROM alpine:3.20\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\n' },
  { dl: 'DL4006', ours: 'DF025', text: 'FROM debian:12\nRUN curl -fsSL https://example.com/x.tgz | tar -xz\n' },
];

test('Dockerfile linter cases: every case we claim is caught by our rule', (t) => {
  const missed: string[] = [];
  for (const c of CASES) {
    if (!c.ours) {
      assert.ok(c.why, `${c.dl}: a case left out says why`);
      continue;
    }
    const ids = findingsOf('Dockerfile', c.text, EN).map((f) => f.split('@')[0]);
    if (!ids.includes(c.ours)) missed.push(`${c.dl} → ${c.ours}: got ${ids.join(' ') || 'nothing'}`);
  }
  const claimed = CASES.filter((c) => c.ours).length;
  t.diagnostic(`${claimed}/${CASES.length} linter cases caught (${Math.round((100 * claimed) / CASES.length)}%); left out: ${CASES.filter((c) => !c.ours).map((c) => c.dl).join(' ')}`);
  assert.deepEqual(missed, []);
});
