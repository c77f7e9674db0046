import { ruleSpec } from './spec';

ruleSpec('DF018', {
  fires: [
    ['FROM rockylinux:9\nRUN dnf -y install git\n', ['DF018@2']],
    ['FROM centos:7\nRUN yum -y install httpd && yum -y update\n', ['DF018@2']],
    ['FROM registry.access.redhat.com/ubi9/ubi-minimal\nRUN microdnf install -y tar\n', ['DF018@2']],
    ['FROM opensuse/leap:15.6\nRUN zypper -n install git\n', ['DF018@2']],
  ],
  quiet: [
    'FROM rockylinux:9\nRUN dnf -y install git && dnf clean all\n',
    'FROM centos:7\nRUN yum -y install httpd && rm -rf /var/cache/yum\n',
    'FROM opensuse/leap:15.6\nRUN zypper -n install git && zypper clean --all\n',
    'FROM rockylinux:9\nRUN --mount=type=cache,target=/var/cache/dnf dnf -y install git\n',
    'FROM rockylinux:9 AS build\nRUN dnf -y install gcc\nFROM rockylinux:9-minimal\nCOPY --from=build /out /out\n',
    'FROM debian:12\nRUN apt-get install -y git\n',
  ],
});
