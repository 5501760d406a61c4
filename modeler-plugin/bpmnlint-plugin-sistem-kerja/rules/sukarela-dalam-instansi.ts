import { sukarelaDalamInstansi } from '../../../src/domain/modeler/aturan-model.js';
import { buatAturanLint } from '../buat-aturan.js';

/** bpmnlint rule 'sukarela-dalam-instansi': src/domain/modeler/aturan-model.ts `sukarelaDalamInstansi`. */
export default buatAturanLint(sukarelaDalamInstansi);
