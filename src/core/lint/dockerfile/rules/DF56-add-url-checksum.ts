import { defineRule } from '../../rule';
import { copyArgs } from '../context';
import type { DockerfileModel } from '../model';

const HTTP = /^https?:\/\//i;
/** `https://host/repo.git#ref` is a git source, cloned rather than downloaded; `--checksum` means a commit there. */
const GIT = /\.git(?:$|[#?])/i;

export const rule = defineRule<DockerfileModel, 'noChecksum'>(
  {
    id: 'DF56',
    name: 'add-url-checksum',
    target: 'dockerfile',
    category: 'security',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: ['c05-l6', 'c09-l5'],
    sources: [],
    messages: {
      noChecksum:
        '`ADD` downloads `{url}` without checking what arrives: if the server or anything in between changes the file, the image silently changes too. Pin its digest with `ADD --checksum=sha256:<hash> {url} …` (get the hash once with `sha256sum`), and the build fails instead of using a different file.',
    },
    docs: {
      summary: 'Files downloaded with `ADD <url>` are verified with `--checksum=sha256:…`.',
      rationale:
        'A URL is a promise, not a content address: the file behind it can be replaced, truncated by a proxy, or tampered with, and `ADD` copies whatever arrives into the image. `ADD --checksum=sha256:<hash>` makes BuildKit compare the download with the hash you recorded and stop the build on any difference, which also makes the build reproducible. Compute the hash once (`curl -fsSL <url> | sha256sum`) and keep it next to the version you pinned. The flag needs BuildKit (Dockerfile syntax 1.6 or newer); on the legacy builder, download with `RUN curl` and check with `sha256sum -c` instead. Git sources (`https://…/repo.git#ref`) and local files are not checked by this rule.',
      examples: {
        bad: 'FROM alpine:3.20\nADD https://example.com/tool-1.2.0.tar.gz /opt/\n',
        good: '# syntax=docker/dockerfile:1\nFROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool-1.2.0.tar.gz /opt/\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const instruction of model.instructions) {
      const c = copyArgs(model, instruction);
      if (!c || c.keyword !== 'ADD' || c.heredoc) continue;
      if (c.flags.some((f) => f.getName().toLowerCase() === 'checksum' && (f.getValue() ?? '') !== '')) continue;
      if (c.flags.some((f) => f.getName().toLowerCase() === 'keep-git-dir')) continue;
      for (const source of c.sources) {
        if (!HTTP.test(source.value) || GIT.test(source.value)) continue;
        report({ messageId: 'noChecksum', range: source.range, data: { url: source.value } });
      }
    }
  },
);
