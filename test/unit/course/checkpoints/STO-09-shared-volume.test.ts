import { checkpoint } from '../../../../src/core/course/checkpoints/sto/STO-09-shared-volume';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
