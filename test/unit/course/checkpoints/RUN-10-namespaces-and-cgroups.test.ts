import { checkpoint } from '../../../../src/core/course/checkpoints/run/RUN-10-namespaces-and-cgroups';
import { checkpointSuite } from '../../support/checkpointHarness';

checkpointSuite(checkpoint);
