import { ruleSpec } from './spec';

ruleSpec('DF017', {
  fires: [
    ['FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl\n', ['DF017@2']],
    ['FROM debian:12\nRUN apt install git\n', ['DF017@2']],
    ['FROM rockylinux:9\nRUN dnf install git && dnf clean all\n', ['DF017@2']],
    ['FROM centos:7\nRUN yum install -q httpd\n', ['DF017@2']],
    ['FROM opensuse/leap:15.6\nRUN zypper install git\n', ['DF017@2']],
    ['FROM debian:12\nONBUILD RUN apt-get install make\n', ['DF017@2']],
  ],
  quiet: [
    'FROM debian:12\nRUN apt-get install -y curl\n',
    'FROM debian:12\nRUN apt-get -qq install curl\n',
    'FROM debian:12\nRUN apt-get install --yes curl && apt-get -qy install git\n',
    'FROM debian:12\nRUN apt-get update\n',
    'FROM rockylinux:9\nRUN dnf -y install git\n',
    'FROM rockylinux:9-minimal\nRUN microdnf install git\n',
    'FROM opensuse/leap:15.6\nRUN zypper -n install git\n',
    'FROM debian:12\nRUN yes | apt-get install curl\n',
    "FROM debian:12\nRUN echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install curl\n",
    'FROM debian:12\nRUN echo apt-get install curl\n',
  ],
  fixes: [
    ['FROM debian:12\nRUN apt-get update && apt-get install curl\n', 2, 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n'],
    ['FROM opensuse/leap:15.6\nRUN zypper install git\n', 2, 'FROM opensuse/leap:15.6\nRUN zypper -n install git\n'],
    ['FROM debian:12\nRUN apt-get install a && apt-get install -y b && apt-get install c\n', 2, 'FROM debian:12\nRUN apt-get install -y a && apt-get install -y b && apt-get install -y c\n'],
  ],
});
