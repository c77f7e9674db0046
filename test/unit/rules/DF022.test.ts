import { ruleSpec } from './spec';

ruleSpec('DF022', {
  fires: [
    ['FROM node:20-alpine\nCOPY package.json .\n', ['DF022@2:19-2:20']],
    ['FROM python:3.12-slim\nCOPY requirements.txt app/\nWORKDIR /app\n', ['DF022@2']],
    ['FROM node:20-alpine AS base\nFROM base\nCOPY . .\n', ['DF022@3']],
    ['FROM alpine:3.20\nADD ["a b.txt", "data/"]\n', ['DF022@2']],
  ],
  quiet: [
    'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json .\n',
    'FROM node:20-alpine AS base\nWORKDIR /app\nFROM base\nCOPY . .\n',
    'FROM node:20-alpine\nCOPY package.json /app/\n',
    'FROM golang:1.23\nCOPY . src/\n',
    'FROM node:20-alpine\nARG DEST=/app\nCOPY . $DEST\n',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app.exe C:/app/\n',
    'FROM node:20-alpine\nONBUILD COPY . .\n',
  ],
});
