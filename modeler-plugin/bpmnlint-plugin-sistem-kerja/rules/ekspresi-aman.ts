import { ekspresiAman } from '../../../src/domain/modeler/aturan-model.js';
import { buatAturanLint } from '../buat-aturan.js';

/** bpmnlint rule 'ekspresi-aman': src/domain/modeler/aturan-model.ts `ekspresiAman`. */
export default buatAturanLint(ekspresiAman);
