import { checkpoint } from '../../../../src/core/course/checkpoints/net/NET-04-publish-localhost';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
