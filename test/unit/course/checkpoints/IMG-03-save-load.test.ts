import { checkpoint } from '../../../../src/core/course/checkpoints/img/IMG-03-save-load';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
