import { terjemahkan } from './kamus.js';

/** A didi module replacing bpmn-js's `translate` service (the bpmn-js-i18n pattern). */
export default { translate: ['value', terjemahkan] };
