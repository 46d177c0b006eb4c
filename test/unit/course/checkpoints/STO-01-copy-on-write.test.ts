import { checkpoint } from '../../../../src/core/course/checkpoints/sto/STO-01-copy-on-write';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
