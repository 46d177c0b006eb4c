import { checkpoint } from '../../../../src/core/course/checkpoints/img/IMG-06-choose-a-base';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
