import { describeRepositories } from './repositories.contract.js';
import { openPgliteMemory } from './store-for-test.js';

describeRepositories('PGlite (in memory)', openPgliteMemory);
