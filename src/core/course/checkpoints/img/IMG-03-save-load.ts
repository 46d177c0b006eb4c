import { readTar } from '../../../util/tar';
import { bytes, code, defineCheckpoint, no, ok } from '../define';
import { findLabImage } from '../imageFacts';

export const checkpoint = defineCheckpoint({
  id: 'IMG-03',
  lessonId: 'c02-l3',
  family: 'IMG',
  kind: 'state',
  title: 'Save, remove and load an image',
  summary: '`labs/c02-l3/artifacts/app.tar` is an image archive (it holds `manifest.json` or `index.json`), and the engine\'s events since the lesson started show `learner/app:1.0.0` deleted and then loaded back.',
  needsDocker: true,
  names: { image: { default: 'learner/app:1.0.0', description: 'the image saved, removed and loaded again' } },
  params: { archive: 'labs/c02-l3/artifacts/app.tar' },
  conditions: [
    {
      id: 'archive',
      label: '`artifacts/app.tar` is an image archive',
      expected: 'a tar file with `manifest.json` or `index.json`',
      hints: [
        '`docker save` writes images (layers, configuration and tags) into one tar file that `docker load` reads back.',
        'Give `docker save` the output file with `-o` and name all the tags you want to keep.',
        'Run `mkdir -p artifacts && docker save -o artifacts/app.tar learner/app:1.0.0 learner/app:1.0 learner/app:1` in `labs/c02-l3`.',
      ],
      async check(ctx) {
        const rel = ctx.param('archive');
        const b = await ctx.ports.workspace.readFile(rel);
        if (!b) return no(`no ${code(rel)} in the course folder`);
        if (b.length < 1024) return no(`${code(rel)} has only ${b.length} bytes: too small for an image archive`);
        const names = readTar(b).map((e) => e.name.replace(/^\.\//, ''));
        const index = names.filter((n) => n === 'manifest.json' || n === 'index.json');
        if (!index.length) return no(`${code(rel)} holds ${names.length} entries but no \`manifest.json\` or \`index.json\`: it is not a \`docker save\` archive`);
        const entry = readTar(b).find((e) => e.name.replace(/^\.\//, '') === 'manifest.json');
        let tags: string[] = [];
        try {
          if (entry) tags = (JSON.parse(new TextDecoder().decode(entry.data)) as { RepoTags?: string[] | null }[]).flatMap((m) => m.RepoTags ?? []);
        } catch {
          // An unreadable manifest still makes an archive; the tags are only shown.
        }
        return ok(`${code(rel)}: ${bytes(b.length)} with ${index.map(code).join(' and ')}${tags.length ? `, tags ${tags.map(code).join(', ')}` : ''}`);
      },
    },
    {
      id: 'loaded',
      label: '`learner/app:1.0.0` is back in the local store',
      expected: 'the image tagged `learner/app:1.0.0`',
      hints: [
        '`docker load` restores images and their tags from an archive made by `docker save`.',
        'The archive is the input: `docker load -i FILE`.',
        'Run `docker load -i artifacts/app.tar` in `labs/c02-l3`.',
      ],
      async check(ctx) {
        const f = await findLabImage(ctx, 'image');
        return f.value ? ok(`${f.note}, ID ${f.value.Id.replace('sha256:', '').slice(0, 12)}`) : no(f.note);
      },
    },
    {
      id: 'deleted-then-loaded',
      label: 'The engine saw the image deleted, then loaded',
      expected: 'an image `delete` event, then a `load` event, for this image since the lesson started',
      after: ['loaded'],
      hints: [
        'The point of the exercise is a round trip: only an image that was really gone and came back proves the archive works.',
        'Removing every tag of an image deletes it (`docker rmi` prints "Deleted"); `docker events --filter type=image` shows `untag`, `delete` and `load`.',
        'Run `docker rmi learner/app:1 learner/app:1.0 learner/app:1.0.0`, then `docker load -i artifacts/app.tar`.',
      ],
      async check(ctx) {
        const f = await findLabImage(ctx, 'image');
        const id = f.value!.Id;
        const mine = (await ctx.events({ type: 'image' })).filter((e) => e.Actor?.ID === id);
        const deleted = mine.find((e) => e.Action === 'delete');
        const loaded = deleted ? mine.find((e) => e.Action === 'load' && e.timeNano > deleted.timeNano) : undefined;
        const seen = [...new Set(mine.map((e) => e.Action))];
        if (!deleted) {
          const untagged = mine.some((e) => e.Action === 'untag');
          return no(
            untagged
              ? 'the image was untagged but never deleted: another tag still named it, so it stayed on disk'
              : `no \`delete\` of ${code(f.ref)} since the lesson started${seen.length ? ` (seen: ${seen.map(code).join(', ')})` : ''}`,
          );
        }
        if (!loaded) return no('the image was deleted, but no `load` came after the delete');
        return ok(`\`delete\` at ${new Date(deleted.timeNano / 1e6).toISOString()}, \`load\` at ${new Date(loaded.timeNano / 1e6).toISOString()}`);
      },
    },
  ],
});
