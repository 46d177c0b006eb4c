import { checkpoint } from '../../../../src/core/course/checkpoints/net/NET-05-none-and-host';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
