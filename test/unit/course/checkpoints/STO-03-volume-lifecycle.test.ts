import { checkpoint } from '../../../../src/core/course/checkpoints/sto/STO-03-volume-lifecycle';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
