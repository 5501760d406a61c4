// Declarations for the packages of the modeler that ship no types of their own (only what we call).
declare module '@bpmn-io/element-templates-validator' {
  export function validate(template: unknown): { valid: boolean; object: unknown; errors?: { message: string; path?: unknown[] }[] };
}
