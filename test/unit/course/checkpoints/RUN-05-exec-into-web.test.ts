import { checkpoint } from '../../../../src/core/course/checkpoints/run/RUN-05-exec-into-web';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
