import * as assert from 'node:assert/strict';
import { hasBash, imageFamily } from '../../../../src/core/lint/dockerfile/images';
import { DockerfileModel } from '../../../../src/core/lint/dockerfile/model';

function familyOf(dockerfile: string) {
  const model = new DockerfileModel(dockerfile);
  return imageFamily(model.finalStage!);
}

describe('images: base-image families', () => {
  const cases: [string, string | undefined][] = [
    ['FROM debian:12-slim', 'debian'],
    ['FROM ubuntu:24.04', 'debian'],
    ['FROM python:3.12-slim', 'debian'],
    ['FROM python:3.12-alpine', 'alpine'],
    ['FROM node:20-alpine3.20', 'alpine'],
    ['FROM alpine:3.20', 'alpine'],
    ['FROM busybox:1.36', 'busybox'],
    ['FROM docker.io/library/node:20', 'debian'],
    ['FROM mcr.microsoft.com/dotnet/sdk:8.0', 'debian'],
    ['FROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine', 'alpine'],
    ['FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'windows'],
    ['FROM fedora:40', 'rhel'],
    ['FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4', 'rhel'],
    ['FROM eclipse-temurin:21-jre-ubi9-minimal', 'rhel'],
    ['FROM opensuse/leap:15.6', 'suse'],
    ['FROM gcr.io/distroless/static-debian12', 'distroless'],
    ['FROM scratch', undefined],
    ['FROM myorg/app:1', undefined],
    ['ARG BASE=python:3.12-alpine\nFROM ${BASE}', 'alpine'],
    ['FROM $UNKNOWN', undefined],
    ['FROM node:20 AS deps\nFROM deps', 'debian'],
  ];
  for (const [dockerfile, expected] of cases) it(dockerfile.replace(/\n/g, ' / '), () => assert.equal(familyOf(dockerfile), expected));

  it('bash is expected on Debian, RHEL and SUSE families only', () => {
    assert.deepEqual(['debian', 'rhel', 'suse', 'alpine', 'busybox', undefined].map((f) => hasBash(f as never)), [true, true, true, false, false, false]);
  });
});
