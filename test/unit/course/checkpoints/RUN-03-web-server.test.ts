import { checkpoint } from '../../../../src/core/course/checkpoints/run/RUN-03-web-server';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
