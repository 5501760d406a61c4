package id.go.sistemkerja.engine.keamanan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Deploying a model is deploying code (DESIGN §6, issue 8 item 5). Runs inside the engine's BPMN parse, so every
 * deployment path is covered alike (REST, Cockpit, Desktop Modeler, the CLI, a redeploy). It walks the whole
 * parsed document, whatever the element type, and refuses: script tasks and scripts anywhere, Java classes,
 * delegate expressions, expression listeners and expression tasks, connectors and camunda:type other than
 * external (shell/mail run on the engine host), form handlers and validators, external resources, and any
 * {@code ${...}} / {@code #{...}} outside {@link PemeriksaPenerapanEkspresi}'s allowlist. Throwing a
 * {@link BpmnParseException} makes the parse a ParseException: nothing is stored and REST answers 400 with the
 * message and, in {@code details}, the resource, line and element id.
 */
final class PemeriksaPenerapanListener extends AbstractBpmnParseListener {

  /** Attributes (any namespace: camunda or its activiti alias) that name code to run, with why. */
  private static final Map<String, String> ATRIBUT_KODE = Map.ofEntries(
      Map.entry("class", "camunda:class (kode Java)"),
      Map.entry("delegateExpression", "camunda:delegateExpression (objek Java lewat ekspresi)"),
      Map.entry("expression", "camunda:expression (ekspresi yang dijalankan sebagai kode)"),
      Map.entry("resource", "camunda:resource (berkas di luar model)"),
      Map.entry("scriptFormat", "camunda:scriptFormat (skrip)"),
      Map.entry("language", "atribut language (kondisi atau isi berupa skrip)"),
      Map.entry("formKey", "camunda:formKey (formulir di luar model; pakai camunda:formRef)"),
      Map.entry("formHandlerClass", "camunda:formHandlerClass (kode Java)"),
      Map.entry("variableMappingClass", "camunda:variableMappingClass (kode Java)"),
      Map.entry("variableMappingDelegateExpression", "camunda:variableMappingDelegateExpression (objek Java lewat ekspresi)"));

  /** Elements (local name, any namespace) that are code, with why. */
  private static final Map<String, String> ELEMEN_KODE = Map.of(
      "scriptTask", "tugas skrip (scriptTask)",
      "script", "skrip (camunda:script / script)",
      "connector", "camunda:connector (panggilan ke sistem luar)");

  /** Elements whose text the engine never evaluates (a text annotation). */
  private static final Set<String> TEKS_BEBAS = Set.of("text");

  /** Diagram interchange: geometry only. */
  private static final Set<String> NS_DIAGRAM = Set.of(
      "http://www.omg.org/spec/BPMN/20100524/DI", "http://www.omg.org/spec/DD/20100524/DC",
      "http://www.omg.org/spec/DD/20100524/DI");

  private static final String[] RUJUKAN_LUAR = {
      "classpath:", "deployment:", "embedded:", "app:", "file:", "http:", "https:", "ftp:", "jar:", "camunda-forms:"};

  private final Predicate<String> adalahBean;

  PemeriksaPenerapanListener(Predicate<String> adalahBean) {
    this.adalahBean = adalahBean;
  }

  @Override
  public void parseRootElement(Element rootElement, List<ProcessDefinitionEntity> processDefinitions) {
    List<Pelanggaran> pelanggaran = new ArrayList<>();
    periksa(rootElement, rootElement, true, pelanggaran);
    if (pelanggaran.isEmpty()) {
      return;
    }
    // One sentence (line) per element, its reasons in document order.
    Map<Element, Set<String>> perElemen = new LinkedHashMap<>();
    for (Pelanggaran p : pelanggaran) {
      perElemen.computeIfAbsent(p.elemen(), k -> new LinkedHashSet<>()).add(p.apa());
    }
    StringBuilder pesan = new StringBuilder();
    for (Map.Entry<Element, Set<String>> e : perElemen.entrySet()) {
      if (pesan.length() > 0) {
        pesan.append('\n');
      }
      pesan.append(kalimat(idDari(e.getKey()), String.join(", ", e.getValue())));
    }
    throw new BpmnParseException(pesan.toString(), pelanggaran.get(0).elemen());
  }

  /** One refusal: the element (with an id, or the nearest ancestor with one) and what it uses. */
  record Pelanggaran(Element elemen, String apa) {
  }

  private static String idDari(Element e) {
    String id = e.attribute("id");
    return id != null && !id.isBlank() ? id : e.getTagName();
  }

  static String kalimat(String elemenId, String apa) {
    return "Penerapan ditolak: elemen '" + elemenId + "' memakai " + apa + " — tidak diizinkan.";
  }

  private void periksa(Element e, Element pemilik, boolean akar, List<Pelanggaran> hasil) {
    if (e.getUri() != null && NS_DIAGRAM.contains(e.getUri())) {
      return;
    }
    String id = e.attribute("id");
    Element pemilikIni = id != null && !id.isBlank() ? e : pemilik;
    String tag = e.getTagName().substring(e.getTagName().lastIndexOf(':') + 1);

    String kodeElemen = ELEMEN_KODE.get(tag);
    if (kodeElemen != null) {
      hasil.add(new Pelanggaran(pemilikIni, kodeElemen));
      String sumber = e.attribute("resource");
      if (sumber != null && !sumber.isBlank()) {
        hasil.add(new Pelanggaran(pemilikIni, "camunda:resource (skrip dari berkas di luar model '" + sumber + "')"));
      }
      return; // its script text and format are the same refusal
    }
    if ("constraint".equals(tag) && "validator".equals(e.attribute("name"))) {
      hasil.add(new Pelanggaran(pemilikIni, "validator formulir buatan sendiri (kode Java)"));
    }

    for (String kunci : e.attributes()) {
      int titikDua = kunci.lastIndexOf(':');
      String nama = titikDua < 0 ? kunci : kunci.substring(titikDua + 1);
      String uri = titikDua < 0 ? "" : kunci.substring(0, titikDua);
      if (kunci.startsWith("xmlns") || uri.startsWith("http://www.w3.org/")) {
        continue; // namespace declarations, xsi:type
      }
      String nilai = e.attribute(kunci);
      String alasan = ATRIBUT_KODE.get(nama);
      if (alasan == null && (nama.endsWith("Class") || nama.endsWith("DelegateExpression"))) {
        alasan = "atribut " + nama + " (kode Java)";
      }
      if (alasan == null && "type".equals(nama) && !uri.isEmpty() && !"external".equals(nilai)) {
        alasan = "camunda:type=\"" + nilai + "\" (hanya camunda:type=\"external\" yang diizinkan)";
      }
      if (alasan == null && !akar) {
        alasan = periksaNilai(nilai);
      }
      if (alasan != null) {
        hasil.add(new Pelanggaran(pemilikIni, alasan));
      }
    }

    if ("documentation".equals(tag)) {
      // A user task's documentation is its description, an expression evaluated when the task is created.
      String teks = e.getText();
      String alasan = PemeriksaPenerapanEkspresi.memuatEkspresi(teks) ? PemeriksaPenerapanEkspresi.periksa(teks, adalahBean) : null;
      if (alasan != null) {
        hasil.add(new Pelanggaran(pemilikIni, alasan));
      }
    } else if (!TEKS_BEBAS.contains(tag)) {
      String alasan = periksaNilai(e.getText());
      if (alasan != null) {
        hasil.add(new Pelanggaran(pemilikIni, alasan));
      }
    }

    for (Element anak : e.elements()) {
      periksa(anak, pemilikIni, false, hasil);
    }
  }

  /** An external reference or a forbidden expression in an attribute value or element text, or null. */
  private String periksaNilai(String nilai) {
    if (nilai == null || nilai.isBlank()) {
      return null;
    }
    String awal = nilai.strip().toLowerCase(Locale.ROOT);
    for (String skema : RUJUKAN_LUAR) {
      if (awal.startsWith(skema)) {
        String kutip = nilai.strip();
        return "rujukan ke sumber di luar model ('" + (kutip.length() > 80 ? kutip.substring(0, 77) + "..." : kutip) + "')";
      }
    }
    if (PemeriksaPenerapanEkspresi.memuatEkspresi(nilai)) {
      return PemeriksaPenerapanEkspresi.periksa(nilai, adalahBean);
    }
    return null;
  }
}
