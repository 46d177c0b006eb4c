import { checkpoint } from '../../../../src/core/course/checkpoints/run/RUN-07-restart-on-failure';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
