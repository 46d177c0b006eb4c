import { LESSON_LABEL } from '../../images';
import { code, defineCheckpoint, no, ok } from '../define';
import { ownVolume } from './shared';

const LESSON = 'c06-l5';

export const checkpoint = defineCheckpoint({
  id: 'STO-07',
  lessonId: LESSON,
  family: 'STO',
  kind: 'state',
  title: 'A size-capped in-memory volume',
  summary: 'Volume `ramdisk` uses the `local` driver with the options `type=tmpfs`, `device=tmpfs` and `o=size=16m`, and carries the label `docker-course.lesson=c06-l5`.',
  needsDocker: true,
  names: { ramdisk: { default: 'ramdisk', description: 'the tmpfs-backed volume' } },
  params: { size: '16m' },
  conditions: [
    {
      id: 'volume',
      label: 'Volume `ramdisk` exists with the `local` driver',
      expected: 'volume `ramdisk`, driver `local`',
      hints: [
        'A volume driver decides what a volume is; the built-in `local` driver can also mount a tmpfs or an NFS export.',
        '`docker volume create --driver local --opt … ramdisk` passes options to it.',
        'Run `sh labs/c06-l5/make-ramdisk.sh`.',
      ],
      async check(ctx) {
        const v = await ownVolume(ctx, 'ramdisk');
        if (!v.value) return no(v.note);
        return v.value.Driver === 'local' ? ok(`${v.note}, driver local`) : no(`${v.note} uses driver ${code(v.value.Driver)}`);
      },
    },
    {
      id: 'options',
      label: 'Its options make a 16 MB tmpfs',
      expected: '`type=tmpfs`, `device=tmpfs`, `o=size=16m`',
      after: ['volume'],
      hints: [
        'The local driver passes `type`, `device` and `o` to mount(8); without `size` a tmpfs may take half the host\'s memory.',
        '`docker volume inspect -f "{{json .Options}}" ramdisk` shows them. Options cannot be changed later: the volume must be re-created.',
        'Add `--opt o=size=16m` to the script and run it again (it removes and re-creates `ramdisk`).',
      ],
      async check(ctx) {
        const o = (await ownVolume(ctx, 'ramdisk')).value!.Options ?? {};
        const shown = Object.entries(o).map(([k, v]) => `${k}=${v}`).join(', ') || 'no options';
        const size = ctx.param('size');
        const problems: string[] = [];
        if (o.type !== 'tmpfs') problems.push('`type` is not tmpfs');
        if (o.device !== 'tmpfs') problems.push('`device` is not tmpfs');
        if (!(o.o ?? '').split(',').includes(`size=${size}`)) problems.push(`\`o\` has no size=${size}`);
        return problems.length ? no(`${shown}: ${problems.join(', ')}`) : ok(shown);
      },
    },
    {
      id: 'label',
      label: 'It carries the lesson label',
      expected: `label \`${LESSON_LABEL}=${LESSON}\``,
      after: ['volume'],
      hints: [
        'The label lets the course find and reset this lesson\'s objects without touching anything else.',
        'The script passes `--label docker-course.lesson=c06-l5`.',
        'Re-create the volume with the lab script.',
      ],
      async check(ctx) {
        const l = (await ownVolume(ctx, 'ramdisk')).value!.Labels?.[LESSON_LABEL];
        return l === LESSON ? ok(`${LESSON_LABEL}=${l}`) : no(l === undefined ? 'no lesson label' : `${LESSON_LABEL}=${l}`);
      },
    },
  ],
});
