import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { CamundaRest, CamundaRestError } from '../../src/adapters/camunda/camunda-rest.js';
import { DeploymentRefused, deployDirectory, penolakanDari } from '../../src/adapters/camunda/deploy.js';
import { BPMN_DIR, PROSES_PER_TENANT } from '../../src/cli/bootstrap.js';

/** `${isi}` without TypeScript reading it as a template placeholder. */
const E = (isi: string) => `$` + `{${isi}}`;

/** A one-task process around `langkah` (its id must be Tugas_X); `atribut` goes on bpmn:definitions. */
function proses(key: string, langkah: string, atribut = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definisi_Uji" targetNamespace="http://bpmn.io/schema/bpmn" ${atribut}>
  <bpmn:process id="${key}" isExecutable="true" camunda:historyTimeToLive="1">
    <bpmn:startEvent id="Mulai_Uji" />
    <bpmn:sequenceFlow id="Alur_Masuk" sourceRef="Mulai_Uji" targetRef="Tugas_X" />
    ${langkah}
    <bpmn:sequenceFlow id="Alur_Keluar" sourceRef="Tugas_X" targetRef="Selesai_Uji" />
    <bpmn:endEvent id="Selesai_Uji" />
  </bpmn:process>
</bpmn:definitions>`;
}

/** A decision table whose input expression has the given expressionLanguage attribute (or none: FEEL). */
function keputusan(key: string, bahasa: string | undefined): string {
  const atribut = bahasa ? ` expressionLanguage="${bahasa}"` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definisi_Dmn" name="uji" namespace="http://camunda.org/schema/1.0/dmn">
  <decision id="${key}" name="uji">
    <decisionTable id="Tabel_Uji">
      <input id="Masukan_Uji"><inputExpression id="Ekspresi_Masukan" typeRef="string"${atribut}><text>${bahasa ? E('x') : 'x'}</text></inputExpression></input>
      <output id="Keluaran_Uji" name="y" typeRef="string" />
      <rule id="Aturan_Uji"><inputEntry id="Entri_Uji"><text>"a"</text></inputEntry><outputEntry id="Hasil_Uji"><text>"b"</text></outputEntry></rule>
    </decisionTable>
  </decision>
</definitions>`;
}

interface Serangan {
  readonly judul: string;
  readonly key: string;
  readonly berkas: string;
  readonly isi: string;
  /** The element the refusal must name (or, for whole-file refusals, the file). */
  readonly elemen: string;
  /** The reason the refusal must give. */
  readonly alasan: RegExp;
  readonly jenis?: 'process' | 'decision';
}

const listener = (isi: string) => `<bpmn:userTask id="Tugas_X" camunda:assignee="${E('pegawaiNip')}"><bpmn:extensionElements>${isi}</bpmn:extensionElements></bpmn:userTask>`;
const masukan = (isi: string) => listener(`<camunda:inputOutput><camunda:inputParameter name="nilai">${isi}</camunda:inputParameter></camunda:inputOutput>`);

const SERANGAN: readonly Serangan[] = [
  {
    judul: 'a script task', key: 'uji-tolak-script-task', berkas: 'script-task.bpmn',
    isi: proses('uji-tolak-script-task', '<bpmn:scriptTask id="Tugas_X" scriptFormat="javascript"><bpmn:script>java.lang.System.exit(1)</bpmn:script></bpmn:scriptTask>'),
    elemen: 'Tugas_X', alasan: /tugas skrip \(scriptTask\)/,
  },
  {
    judul: 'camunda:script in an execution listener', key: 'uji-tolak-listener-script', berkas: 'listener-script.bpmn',
    isi: proses('uji-tolak-listener-script', listener('<camunda:executionListener event="start"><camunda:script scriptFormat="groovy">"id".execute()</camunda:script></camunda:executionListener>')),
    elemen: 'Tugas_X', alasan: /skrip \(camunda:script/,
  },
  {
    judul: 'a script as an input parameter', key: 'uji-tolak-input-script', berkas: 'input-script.bpmn',
    isi: proses('uji-tolak-input-script', masukan('<camunda:script scriptFormat="groovy">new File("/etc/passwd").text</camunda:script>')),
    elemen: 'Tugas_X', alasan: /skrip \(camunda:script/,
  },
  {
    judul: 'a camunda:class service task', key: 'uji-tolak-class', berkas: 'class.bpmn',
    isi: proses('uji-tolak-class', '<bpmn:serviceTask id="Tugas_X" camunda:class="java.lang.Object" />'),
    elemen: 'Tugas_X', alasan: /camunda:class \(kode Java\)/,
  },
  {
    judul: 'a class task listener', key: 'uji-tolak-class-listener', berkas: 'class-listener.bpmn',
    isi: proses('uji-tolak-class-listener', listener('<camunda:taskListener event="create" class="java.lang.Object" />')),
    elemen: 'Tugas_X', alasan: /camunda:class \(kode Java\)/,
  },
  {
    // The engine instantiates a form handler class while it parses, so this one is refused before the parse.
    judul: 'a form handler class', key: 'uji-tolak-form-handler', berkas: 'form-handler.bpmn',
    isi: proses('uji-tolak-form-handler', `<bpmn:userTask id="Tugas_X" camunda:formHandlerClass="java.lang.Object" camunda:assignee="${E('pegawaiNip')}" />`),
    elemen: 'Tugas_X', alasan: /camunda:formHandlerClass \(kode Java, dibuat engine saat model dibaca\)/,
  },
  {
    judul: 'a delegate expression', key: 'uji-tolak-delegate', berkas: 'delegate.bpmn',
    isi: proses('uji-tolak-delegate', `<bpmn:serviceTask id="Tugas_X" camunda:delegateExpression="${E('penugasanDelegate')}" />`),
    elemen: 'Tugas_X', alasan: /camunda:delegateExpression/,
  },
  {
    judul: 'an expression listener', key: 'uji-tolak-expression-listener', berkas: 'expression-listener.bpmn',
    isi: proses('uji-tolak-expression-listener', listener(`<camunda:executionListener event="end" expression="${E('pegawaiNip')}" />`)),
    elemen: 'Tugas_X', alasan: /camunda:expression \(ekspresi yang dijalankan sebagai kode\)/,
  },
  {
    judul: 'an expression service task', key: 'uji-tolak-expression-task', berkas: 'expression-task.bpmn',
    isi: proses('uji-tolak-expression-task', `<bpmn:serviceTask id="Tugas_X" camunda:expression="${E('x')}" />`),
    elemen: 'Tugas_X', alasan: /camunda:expression/,
  },
  {
    judul: 'a method call in a sequence flow condition', key: 'uji-tolak-method-condition', berkas: 'method-condition.bpmn',
    isi: proses('uji-tolak-method-condition', `<bpmn:exclusiveGateway id="Tugas_X" />
    <bpmn:sequenceFlow id="Alur_Setuju" sourceRef="Tugas_X" targetRef="Selesai_Uji"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${E("keputusan.equals('SETUJU')")}</bpmn:conditionExpression></bpmn:sequenceFlow>`),
    elemen: 'Alur_Setuju', alasan: /ekspresi '\$\{keputusan\.equals\('SETUJU'\)\}' yang mengakses properti atau metode objek/,
  },
  {
    judul: 'a method call in an assignee', key: 'uji-tolak-method-assignee', berkas: 'method-assignee.bpmn',
    isi: proses('uji-tolak-method-assignee', `<bpmn:userTask id="Tugas_X" camunda:assignee="${E("pegawaiNip.getClass().forName('java.lang.Runtime')")}" />`),
    elemen: 'Tugas_X', alasan: /yang mengakses properti atau metode objek/,
  },
  {
    // A user task's documentation becomes its description, an expression evaluated when the task is created.
    judul: "a method call in a user task's documentation", key: 'uji-tolak-documentation', berkas: 'documentation.bpmn',
    isi: proses('uji-tolak-documentation', `<bpmn:userTask id="Tugas_X" camunda:assignee="${E('pegawaiNip')}"><bpmn:documentation>Tugas untuk ${E("''.getClass().getName()")}</bpmn:documentation></bpmn:userTask>`),
    elemen: 'Tugas_X', alasan: /ekspresi '\$\{''\.getClass\(\)\.getName\(\)\}' yang mengakses properti atau metode objek/,
  },
  {
    judul: 'a function call in an input parameter', key: 'uji-tolak-function', berkas: 'function.bpmn',
    isi: proses('uji-tolak-function', masukan(E('S(permohonan)'))),
    elemen: 'Tugas_X', alasan: /ekspresi '\$\{S\(permohonan\)\}' yang memanggil fungsi atau metode/,
  },
  {
    judul: 'an engine bean in an input parameter', key: 'uji-tolak-bean', berkas: 'bean.bpmn',
    isi: proses('uji-tolak-bean', masukan(E('runtimeService'))),
    elemen: 'Tugas_X', alasan: /merujuk bean 'runtimeService' di engine/,
  },
  {
    judul: 'a Spring bean of the application in a loop cardinality', key: 'uji-tolak-spring-bean', berkas: 'spring-bean.bpmn',
    isi: proses('uji-tolak-spring-bean', `<bpmn:userTask id="Tugas_X" camunda:assignee="${E('pegawaiNip')}"><bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>${E('pemeriksaPenerapan')}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>`),
    elemen: 'Tugas_X', alasan: /merujuk bean 'pemeriksaPenerapan' di engine/,
  },
  {
    judul: 'the engine object execution in a timer', key: 'uji-tolak-execution', berkas: 'execution.bpmn',
    isi: proses('uji-tolak-execution', `<bpmn:userTask id="Tugas_X" camunda:assignee="${E('pegawaiNip')}" />
    <bpmn:boundaryEvent id="Batas_Waktu" attachedToRef="Tugas_X"><bpmn:timerEventDefinition id="Waktu_Uji"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">${E('execution')}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>`),
    elemen: 'Waktu_Uji', alasan: /memakai objek engine 'execution'/,
  },
  {
    judul: 'a script condition (language attribute)', key: 'uji-tolak-script-condition', berkas: 'script-condition.bpmn',
    isi: proses('uji-tolak-script-condition', `<bpmn:exclusiveGateway id="Tugas_X" />
    <bpmn:sequenceFlow id="Alur_Skrip" sourceRef="Tugas_X" targetRef="Selesai_Uji"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">true</bpmn:conditionExpression></bpmn:sequenceFlow>`),
    elemen: 'Alur_Skrip', alasan: /atribut language \(kondisi atau isi berupa skrip\)/,
  },
  {
    judul: 'a script from an external resource', key: 'uji-tolak-resource', berkas: 'resource.bpmn',
    isi: proses('uji-tolak-resource', listener('<camunda:executionListener event="start"><camunda:script scriptFormat="groovy" resource="classpath:application.yaml" /></camunda:executionListener>')),
    elemen: 'Tugas_X', alasan: /camunda:resource \(skrip dari berkas di luar model 'classpath:application\.yaml'\)/,
  },
  {
    judul: 'an embedded form from the deployment', key: 'uji-tolak-form-key', berkas: 'form-key.bpmn',
    isi: proses('uji-tolak-form-key', `<bpmn:userTask id="Tugas_X" camunda:formKey="embedded:deployment:formulir.html" camunda:assignee="${E('pegawaiNip')}" />`),
    elemen: 'Tugas_X', alasan: /camunda:formKey \(formulir di luar model/,
  },
  {
    judul: 'an external reference in an input parameter', key: 'uji-tolak-external', berkas: 'external.bpmn',
    isi: proses('uji-tolak-external', masukan('http://169.254.169.254/latest/meta-data/')),
    elemen: 'Tugas_X', alasan: /rujukan ke sumber di luar model \('http:\/\/169\.254\.169\.254/,
  },
  {
    judul: 'an import of a remote WSDL', key: 'uji-tolak-import', berkas: 'import.bpmn',
    isi: proses('uji-tolak-import', `<bpmn:userTask id="Tugas_X" camunda:assignee="${E('pegawaiNip')}" />`)
      .replace('<bpmn:process', '<bpmn:import importType="http://schemas.xmlsoap.org/wsdl/" location="http://169.254.169.254/layanan.wsdl" namespace="urn:uji" />\n  <bpmn:process'),
    elemen: 'Definisi_Uji', alasan: /bpmn:import \(definisi yang dimuat dari luar model\)/,
  },
  {
    judul: 'a shell task (camunda:type="shell")', key: 'uji-tolak-shell', berkas: 'shell.bpmn',
    isi: proses('uji-tolak-shell', '<bpmn:serviceTask id="Tugas_X" camunda:type="shell"><bpmn:extensionElements><camunda:field name="command" stringValue="id" /></bpmn:extensionElements></bpmn:serviceTask>'),
    elemen: 'Tugas_X', alasan: /camunda:type="shell" \(hanya camunda:type="external" yang diizinkan\)/,
  },
  {
    judul: 'a DOCTYPE with an external ENTITY', key: 'uji-tolak-doctype', berkas: 'doctype.bpmn',
    isi: proses('uji-tolak-doctype', `<bpmn:userTask id="Tugas_X" name="&xxe;" camunda:assignee="${E('pegawaiNip')}" />`)
      .replace('<bpmn:definitions', '<!DOCTYPE definitions [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<bpmn:definitions'),
    elemen: "berkas 'doctype.bpmn'", alasan: /memuat deklarasi DOCTYPE \(DTD, bisa membawa deklarasi ENTITY\)/,
  },
  {
    judul: 'a DMN decision with a JUEL input expression', key: 'uji-tolak-dmn-juel', berkas: 'juel.dmn', jenis: 'decision',
    isi: keputusan('uji-tolak-dmn-juel', 'juel'),
    elemen: 'Ekspresi_Masukan', alasan: /bahasa ekspresi 'juel' di DMN \(berkas 'juel\.dmn'; hanya FEEL yang diizinkan\)/,
  },
  {
    judul: 'a DMN decision with a JavaScript input expression', key: 'uji-tolak-dmn-js', berkas: 'javascript.dmn', jenis: 'decision',
    isi: keputusan('uji-tolak-dmn-js', 'javascript'),
    elemen: 'Ekspresi_Masukan', alasan: /bahasa ekspresi 'javascript' di DMN/,
  },
  {
    judul: 'a CMMN case (not a model this system deploys)', key: 'uji-tolak-cmmn', berkas: 'kasus.cmmn',
    isi: '<definitions xmlns="http://www.omg.org/spec/CMMN/20151109/MODEL" id="Definisi_Cmmn"><case id="uji-tolak-cmmn" /></definitions>',
    elemen: "berkas 'kasus.cmmn'", alasan: /bukan model BPMN, DMN atau formulir Camunda/,
  },
];

const rows = z.array(z.object({ id: z.string() }).passthrough());

describe('every deployment is checked inside the engine (DESIGN §6 / issue 8 item 5)', () => {
  let admin: CamundaRest;
  const deployments: string[] = [];
  const filters: string[] = [];

  beforeAll(() => {
    const engine = inject('engine');
    admin = new CamundaRest({ baseUrl: engine.restUrl, username: engine.adminUser, password: engine.adminPassword });
  });
  afterAll(async () => {
    for (const id of deployments) await admin.request('DELETE', `/deployment/${id}`, { query: { cascade: true } }).catch(() => undefined);
    for (const id of filters) await admin.request('DELETE', `/filter/${id}`).catch(() => undefined);
  });

  const definitions = (jenis: 'process' | 'decision', key: string) =>
    admin.request('GET', `/${jenis}-definition`, { query: { key, maxResults: 10 }, schema: rows });

  async function refusalOf(name: string, resources: { name: string; content: string }[]): Promise<CamundaRestError> {
    try {
      const deployment = await admin.deploy(name, resources, { duplicateFiltering: false });
      deployments.push(deployment.id);
    } catch (error) {
      if (error instanceof CamundaRestError) return error;
      throw error;
    }
    throw new Error(`${name} was deployed; it should have been refused`);
  }

  for (const s of SERANGAN) {
    it(`refuses ${s.judul}, naming the element and the reason, and keeps no definition`, async () => {
      const error = await refusalOf(`uji-${s.key}`, [{ name: s.berkas, content: s.isi }]);

      expect(error.status).toBe(400);
      expect(error.engineType).toBe('ParseException');
      const sentence = s.elemen.startsWith('berkas') ? `Penerapan ditolak: ${s.elemen}` : `Penerapan ditolak: elemen '${s.elemen}' memakai`;
      expect(error.engineMessage).toContain(sentence);
      expect(error.engineMessage).toMatch(s.alasan);
      expect(error.engineMessage).toContain('tidak diizinkan');
      // The REST details carry the same sentence for the file, and the element id where there is one.
      const problem = error.problems.find((p) => p.message.includes(sentence));
      expect(problem?.resource).toBe(s.berkas);
      if (!s.elemen.startsWith('berkas')) expect(problem?.elementId).toBeDefined();

      expect(await definitions(s.jenis ?? 'process', s.key)).toEqual([]);
      expect(await admin.request('GET', '/deployment', { query: { name: `uji-${s.key}`, maxResults: 10 }, schema: rows })).toEqual([]);
    });
  }

  it('refuses a whole deployment when one of its files is refused: the valid one is not kept either', async () => {
    const error = await refusalOf('uji-tolak-campuran', [
      { name: 'baik.bpmn', content: proses('uji-tolak-campuran-baik', `<bpmn:userTask id="Tugas_X" camunda:assignee="${E('pegawaiNip')}" />`) },
      { name: 'buruk.bpmn', content: proses('uji-tolak-campuran-buruk', '<bpmn:serviceTask id="Tugas_X" camunda:class="java.lang.Object" />') },
    ]);
    expect(error.status).toBe(400);
    expect(await definitions('process', 'uji-tolak-campuran-baik')).toEqual([]);
    expect(await definitions('process', 'uji-tolak-campuran-buruk')).toEqual([]);
  });

  it('the deploy CLI path reports the refusal as file, line, element and reason, one line per element', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'sk-penerapan-'));
    try {
      await fs.writeFile(path.join(dir, 'dua-pelanggaran.bpmn'), proses('uji-tolak-cli', `<bpmn:exclusiveGateway id="Tugas_X" />
    <bpmn:sequenceFlow id="Alur_Metode" sourceRef="Tugas_X" targetRef="Selesai_Uji"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${E('x.y()')}</bpmn:conditionExpression></bpmn:sequenceFlow>
    <bpmn:sequenceFlow id="Alur_Skrip" sourceRef="Tugas_X" targetRef="Selesai_Uji"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">true</bpmn:conditionExpression></bpmn:sequenceFlow>`));
      const refusal = await deployDirectory(admin, dir, 'uji-tolak-cli').then(() => undefined, (e: unknown) => e);

      expect(refusal).toBeInstanceOf(DeploymentRefused);
      const { alasan, message } = refusal as DeploymentRefused;
      expect(alasan).toHaveLength(2);
      expect(alasan[0]).toMatch(/^dua-pelanggaran\.bpmn baris \d+: Penerapan ditolak: elemen 'Alur_Metode' memakai ekspresi '\$\{x\.y\(\)\}' yang mengakses properti atau metode objek — tidak diizinkan\.$/);
      expect(alasan[1]).toMatch(/^dua-pelanggaran\.bpmn baris \d+: Penerapan ditolak: elemen 'Alur_Skrip' memakai atribut language/);
      expect(message).toMatch(/^Engine menolak penerapan:\n {2}dua-pelanggaran\.bpmn/);
      expect(penolakanDari(new Error('lain'))).toBeUndefined();
      expect(await definitions('process', 'uji-tolak-cli')).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('still deploys what the allowlist is for: variables, literals, comparisons, logic, ?: and FEEL decisions', async () => {
    const xml = proses('uji-boleh-ekspresi', `<bpmn:userTask id="Tugas_X" camunda:assignee="${E("peran == 'PUO' ? puoNip : (ppkNip)")}">
      <bpmn:extensionElements><camunda:inputOutput>
        <camunda:inputParameter name="a">${E('not empty daftar and jumlah &gt;= 2 || !selesai')}</camunda:inputParameter>
        <camunda:inputParameter name="b">${E('jumlah * 2 + 1 - 0.5 / 3 % 2')}</camunda:inputParameter>
        <camunda:inputParameter name="c">${E('null')}</camunda:inputParameter>
        <camunda:inputParameter name="d">teks biasa</camunda:inputParameter>
      </camunda:inputOutput></bpmn:extensionElements>
      <bpmn:multiInstanceLoopCharacteristics><bpmn:loopCardinality>${E('jumlah')}</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
    </bpmn:userTask>`);
    const deployment = await admin.deploy('uji-boleh-ekspresi', [
      { name: 'boleh.bpmn', content: xml },
      { name: 'boleh.dmn', content: keputusan('uji-boleh-dmn', undefined) },
    ], { duplicateFiltering: false });
    deployments.push(deployment.id);
    expect(await definitions('process', 'uji-boleh-ekspresi')).toHaveLength(1);
    expect(await definitions('decision', 'uji-boleh-dmn')).toHaveLength(1);
  });

  it('every process in bpmn/ is deployed (the shared deployment by the test setup, the per-tenant ones here)', async () => {
    const files = (await fs.readdir(BPMN_DIR)).filter((f) => f.endsWith('.bpmn'));
    const keyOf = async (f: string) => /<bpmn:process id="([^"]+)"/.exec(await fs.readFile(path.join(BPMN_DIR, f), 'utf8'))![1]!;
    for (const f of files.filter((f) => !(PROSES_PER_TENANT as readonly string[]).includes(f))) {
      expect(await definitions('process', await keyOf(f)), f).not.toEqual([]);
    }
    // The per-tenant processes are deployed once a tenant exists; deploy them (with the forms) for a tenant of
    // this test only, as deployProcesses does.
    const perTenant = await Promise.all((await fs.readdir(BPMN_DIR))
      .filter((f) => f.endsWith('.form') || (PROSES_PER_TENANT as readonly string[]).includes(f))
      .map(async (f) => ({ name: f, content: await fs.readFile(path.join(BPMN_DIR, f), 'utf8') })));
    const deployment = await admin.deploy('uji-gerbang-per-instansi', perTenant, { duplicateFiltering: false, tenantId: 'ujigerbang' });
    deployments.push(deployment.id);
    expect(Object.keys(deployment.deployedProcessDefinitions ?? {})).toHaveLength(PROSES_PER_TENANT.length);
  });

  it('expressions reach no Spring bean and call no method, also outside deployments (a stored Tasklist filter)', async () => {
    const log = await fs.readFile(path.join(inject('engine').dataDir, 'engine.log'), 'utf8');
    expect(log).toMatch(/Pemeriksaan penerapan aktif: \d+ bean Spring diperiksa, tidak satu pun terlihat dari ekspresi/);

    const filterWith = async (assigneeExpression: string) => {
      const filter = await admin.request('POST', '/filter/create', {
        body: { resourceType: 'Task', name: 'uji-gerbang-ekspresi', query: { assigneeExpression } },
        schema: z.object({ id: z.string() }).passthrough(),
      });
      filters.push(filter.id);
      return admin.request('GET', `/filter/${filter.id}/list`, { query: { maxResults: 1 } }).then(() => 'dievaluasi', (e: unknown) => e);
    };
    expect(await filterWith(E('currentUser()'))).toBe('dievaluasi');
    for (const expression of [E("''.getClass().getName()"), E('dataSource'), E('processEngineFactoryBean')]) {
      const error = await filterWith(expression);
      expect(error, expression).toBeInstanceOf(CamundaRestError);
      expect((error as CamundaRestError).engineMessage).toContain(`Unable to resolve expression '${expression}'`);
    }
  });
});
