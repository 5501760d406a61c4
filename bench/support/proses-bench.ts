/**
 * The baselines' processes, deployed by the benchmark beside bpmn/: three external tasks in a row (worker overhead:
 * the bare loop and our runtime serve the same topics), and the engine's own plain user task (end to end baseline).
 */
const KEPALA = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  id="Definitions_Bench" targetNamespace="https://sistem-kerja.go.id/bench">`;

export const TOPIK_BENCH = ['bench-langkah-1', 'bench-langkah-2', 'bench-langkah-3'] as const;

export const PROSES_TIGA_TUGAS = 'bench-tiga-tugas-luar';
export const PROSES_TUGAS_MANUSIA = 'bench-tugas-manusia';

export const BPMN_TIGA_TUGAS = `${KEPALA}
  <bpmn:process id="${PROSES_TIGA_TUGAS}" name="Bench: tiga tugas eksternal" isExecutable="true" camunda:historyTimeToLive="P1D">
    <bpmn:startEvent id="Mulai"/>
    <bpmn:sequenceFlow id="A0" sourceRef="Mulai" targetRef="Langkah1"/>
${TOPIK_BENCH.map((t, i) => `    <bpmn:serviceTask id="Langkah${i + 1}" camunda:type="external" camunda:topic="${t}"/>
    <bpmn:sequenceFlow id="A${i + 1}" sourceRef="Langkah${i + 1}" targetRef="${i === 2 ? 'Selesai' : `Langkah${i + 2}`}"/>`).join('\n')}
    <bpmn:endEvent id="Selesai"/>
  </bpmn:process>
</bpmn:definitions>`;

export const BPMN_TUGAS_MANUSIA = `${KEPALA}
  <bpmn:process id="${PROSES_TUGAS_MANUSIA}" name="Bench: satu tugas manusia" isExecutable="true" camunda:historyTimeToLive="P1D">
    <bpmn:startEvent id="Mulai"/>
    <bpmn:sequenceFlow id="A0" sourceRef="Mulai" targetRef="Tugas"/>
    <bpmn:userTask id="Tugas" camunda:assignee="\${penyetuju}"/>
    <bpmn:sequenceFlow id="A1" sourceRef="Tugas" targetRef="Selesai"/>
    <bpmn:endEvent id="Selesai"/>
  </bpmn:process>
</bpmn:definitions>`;
