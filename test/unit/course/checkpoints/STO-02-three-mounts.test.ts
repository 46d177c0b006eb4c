import { checkpoint } from '../../../../src/core/course/checkpoints/sto/STO-02-three-mounts';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
