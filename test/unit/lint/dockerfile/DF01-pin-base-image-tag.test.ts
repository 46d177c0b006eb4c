import { rule } from '../../../../src/core/lint/dockerfile/rules/DF01-pin-base-image-tag';
import { testDockerfileRule } from '../../support/dockerfileTester';

testDockerfileRule(rule, {
  valid: [
    'FROM ubuntu:24.04',
    'FROM scratch',
    'FROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'FROM golang:1.22 AS build\nFROM build',
    'FROM golang:1.22 AS build\nFROM BUILD',
    'ARG BASE=python:3.12-slim\nFROM ${BASE}',
    { name: 'variable without default is left to DF25', code: 'ARG BASE\nFROM $BASE' },
    'FROM localhost:5000/app:1.0',
  ],
  invalid: [
    { code: 'FROM ubuntu', errors: [{ messageId: 'untagged', line: 1, column: 6, endColumn: 12 }] },
    { code: 'FROM ubuntu:latest', errors: [{ messageId: 'latest', line: 1, column: 13, endColumn: 19 }] },
    { code: 'FROM registry.example.com:5000/team/app', errors: [{ messageId: 'untagged', data: { image: 'registry.example.com:5000/team/app' } }] },
    { name: 'ARG default resolves to an untagged image', code: 'ARG BASE=python\nFROM ${BASE}', errors: [{ messageId: 'untagged', line: 2, column: 6, endColumn: 13, data: { image: 'python' } }] },
    { code: 'FROM node:20 AS build\nFROM nginx AS final', errors: [{ messageId: 'untagged', line: 2, column: 6 }] },
    { name: 'lowercase keyword', code: 'from alpine:latest', errors: [{ messageId: 'latest', line: 1 }] },
  ],
});
