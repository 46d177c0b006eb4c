import { checkpoint } from '../../../../src/core/course/checkpoints/run/RUN-06-copy-out';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
