import { checkpoint } from '../../../../src/core/course/checkpoints/run/RUN-01-container-is-a-process';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
