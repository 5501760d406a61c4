// bpmn-moddle ships types for its model (bpmn-moddle/types) but none for its entry point.
declare module 'bpmn-moddle' {
  export class BpmnModdle {
    constructor(packages?: Record<string, unknown>);
    fromXML(xml: string): Promise<{ rootElement: unknown; warnings: readonly { message: string }[] }>;
  }
}
