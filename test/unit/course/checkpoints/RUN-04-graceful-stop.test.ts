import { checkpoint } from '../../../../src/core/course/checkpoints/run/RUN-04-graceful-stop';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
