import { defineRule } from '../../rule';
import type { DockerfileModel } from '../model';
import { packageCommands } from '../packages';
import { stageInstructions, wordRange, wordValue } from '../util';

export const rule = defineRule<DockerfileModel, 'distUpgrade'>(
  {
    id: 'DF34',
    name: 'no-zypper-dist-upgrade',
    target: 'dockerfile',
    category: 'reproducibility',
    defaultSeverity: 'warning',
    status: 'stable',
    taughtIn: [],
    sources: ['hadolint:DL3035'],
    messages: {
      distUpgrade:
        '`zypper {verb}` moves the whole system to whatever the repositories hold on build day, possibly a new distribution release, so the image drifts away from the base tag you chose: pick a newer base image tag instead, or use `zypper patch` for fixes within this release.',
    },
    docs: {
      summary: 'SUSE images are not upgraded with `zypper dist-upgrade` during the build.',
      rationale:
        "`zypper dist-upgrade` (`dup`) upgrades every package to the newest version in the configured repositories, allowing vendor changes and downgrades; on a rolling distribution it can jump a whole release. The base image tag then no longer describes what is in the image, two builds a week apart can differ completely, and breakage shows up in unrelated changes. Choose the distribution version with the `FROM` tag and move to a newer tag when you want newer packages; for security fixes inside a release, `zypper patch` installs only the official patches.",
      examples: {
        bad: 'FROM opensuse/leap:15.6\nRUN zypper -n dup && zypper clean --all\n',
        good: 'FROM opensuse/leap:15.6\nRUN zypper -n patch && zypper clean --all\n',
      },
    },
    fix: 'none',
  },
  ({ model, report }) => {
    for (const instruction of stageInstructions(model, 'RUN')) {
      const script = model.shellScript(instruction);
      if (!script) continue;
      for (const pc of packageCommands(script.commands)) {
        if (pc.manager !== 'zypper' || pc.action !== 'dist-upgrade' || !pc.verb) continue;
        report({ messageId: 'distUpgrade', range: wordRange(model, pc.verb), data: { verb: wordValue(pc.verb) } });
      }
    }
  },
);
