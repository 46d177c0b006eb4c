import { checkpoint } from '../../../../src/core/course/checkpoints/net/NET-02-alias';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
