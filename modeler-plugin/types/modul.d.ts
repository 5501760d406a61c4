// Declarations for the packages of the modeler that ship no types of their own (only what we call).
declare module '@bpmn-io/element-templates-validator' {
  export function validate(template: unknown): { valid: boolean; object: unknown; errors?: { message: string; path?: unknown[] }[] };
}

declare module 'bpmn-js-differ' {
  interface Elemen { readonly id: string; readonly name?: string; readonly $type: string }
  export function diff(lama: unknown, baru: unknown): {
    _added: Record<string, Elemen>;
    _removed: Record<string, Elemen>;
    _changed: Record<string, { model: Elemen; attrs: Record<string, { oldValue: unknown; newValue: unknown }> }>;
    _layoutChanged: Record<string, Elemen>;
  };
}

declare module 'bpmn-js-bpmnlint' {
  const modul: unknown;
  export default modul;
}
