import { checkpoint } from '../../../../src/core/course/checkpoints/net/NET-07-reverse-proxy';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
