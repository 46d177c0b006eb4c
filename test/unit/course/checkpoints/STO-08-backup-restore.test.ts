import { checkpoint } from '../../../../src/core/course/checkpoints/sto/STO-08-backup-restore';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
