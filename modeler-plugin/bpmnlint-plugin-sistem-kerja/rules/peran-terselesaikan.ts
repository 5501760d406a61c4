import { peranDapatDitentukan } from '../../../src/domain/modeler/aturan-model.js';
import { buatAturanLint } from '../buat-aturan.js';

/** bpmnlint rule 'peran-terselesaikan': src/domain/modeler/aturan-model.ts `peranDapatDitentukan`. */
export default buatAturanLint(peranDapatDitentukan);
