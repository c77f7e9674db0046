import { ruleSpec } from './spec';

ruleSpec('DF009', {
  fires: [
    ['FROM node:20\nCMD ["node", "a.js"]\n', ['DF009@1']],
    ['FROM python:3.12\n', ['DF009@1']],
    ['FROM golang:1.22 AS build\nFROM node:20-alpine AS x\nFROM ruby:3.3\n', ['DF009@3']],
  ],
  quiet: [
    'FROM node:20-alpine\n',
    'FROM python:3.12-slim\n',
    'FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
    'FROM nginx:1.27\n',
    // no lighter variant exists for these (the corpus had php:5-apache), or the digest pins the image
    'FROM php:5-apache\n',
    'FROM php:8.2-apache\n',
    'FROM node:20@sha256:0000000000000000000000000000000000000000000000000000000000000000\n',
  ],
  // The suggested tag exists for the tag written, or none is named (the corpus had eclipse-temurin:17-jre-focal and
  // node:0.10, whose "-alpine" forms do not exist).
  details: [
    ['FROM eclipse-temurin:17-jre-focal\n', 1, { args: { suggestion: 'eclipse-temurin:17-jre-alpine' } }],
    ['FROM eclipse-temurin:21\n', 1, { args: { suggestion: 'eclipse-temurin:21-alpine' } }],
    ['FROM node:0.10\n', 1, { variant: 'noTag', args: { suggestion: undefined } }],
    ['FROM node:20.11.1\n', 1, { args: { suggestion: 'node:20.11.1-alpine' } }],
    ['FROM node:20-bookworm\n', 1, { args: { suggestion: 'node:20-bookworm-slim' } }],
    ['FROM node\n', 1, { args: { suggestion: 'node:alpine' } }],
    ['FROM python:3.12-bookworm\n', 1, { args: { suggestion: 'python:3.12-slim-bookworm' } }],
    ['FROM php:8.2-fpm\n', 1, { args: { suggestion: 'php:8.2-fpm-alpine' } }],
    ['FROM debian:bookworm\n', 1, { args: { suggestion: 'debian:bookworm-slim' } }],
    ['FROM openjdk:17\n', 1, { variant: 'noTag' }],
  ],
});
