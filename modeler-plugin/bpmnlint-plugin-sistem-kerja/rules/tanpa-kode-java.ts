import { tanpaKodeJava } from '../../../src/domain/modeler/aturan-model.js';
import { buatAturanLint } from '../buat-aturan.js';

/** bpmnlint rule 'tanpa-kode-java': src/domain/modeler/aturan-model.ts `tanpaKodeJava`. */
export default buatAturanLint(tanpaKodeJava);
