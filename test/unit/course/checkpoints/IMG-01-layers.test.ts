import { checkpoint } from '../../../../src/core/course/checkpoints/img/IMG-01-layers';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
