import { tanpaSkrip } from '../../../src/domain/modeler/aturan-model.js';
import { buatAturanLint } from '../buat-aturan.js';

/** bpmnlint rule 'tanpa-skrip': src/domain/modeler/aturan-model.ts `tanpaSkrip`. */
export default buatAturanLint(tanpaSkrip);
