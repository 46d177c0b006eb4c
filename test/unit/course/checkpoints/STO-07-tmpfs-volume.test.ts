import { checkpoint } from '../../../../src/core/course/checkpoints/sto/STO-07-tmpfs-volume';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
