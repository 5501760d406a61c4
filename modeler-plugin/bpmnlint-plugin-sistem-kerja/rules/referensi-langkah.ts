import { referensiLangkah } from '../../../src/domain/modeler/aturan-model.js';
import { buatAturanLint } from '../buat-aturan.js';

/** bpmnlint rule 'referensi-langkah': src/domain/modeler/aturan-model.ts `referensiLangkah`. */
export default buatAturanLint(referensiLangkah);
