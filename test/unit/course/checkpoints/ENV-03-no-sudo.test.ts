import { checkpoint } from '../../../../src/core/course/checkpoints/env/ENV-03-no-sudo';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
