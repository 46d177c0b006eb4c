import { checkpoint } from '../../../../src/core/course/checkpoints/env/ENV-05-hello-container';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
