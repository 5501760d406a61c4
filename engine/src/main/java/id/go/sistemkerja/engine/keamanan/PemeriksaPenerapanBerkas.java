package id.go.sistemkerja.engine.keamanan;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * The raw-bytes half of the deployment check, run as the first deployer of every deployment (before the BPMN
 * and DMN deployers parse anything), so it sees what a parse listener cannot:
 * <ul>
 * <li>only BPMN, DMN and Camunda Forms are deployed (no CMMN, whose listeners and expressions are code too, no
 * scripts or HTML forms a model could load);</li>
 * <li>no DOCTYPE, so no DTD or entity declaration. Camunda's parser already refuses a DOCTYPE
 * (enableXxeProcessing=false), but as an unexplained 500 ("ENGINE-09003 Could not parse ... DOCTYPE is
 * disallowed"); here it is a 400 that names the file and the reason;</li>
 * <li>DMN: every expressionLanguage is FEEL (juel, javascript, groovy, ... would run code);</li>
 * <li>BPMN: no camunda:formHandlerClass and no bpmn:import. The engine instantiates a form handler class, and
 * runs an importer (WSDL: fetched from its location), while it parses the model, before any parse listener is
 * called, so {@link PemeriksaPenerapanListener} would refuse them only afterwards.</li>
 * </ul>
 * A refusal is a {@link ParseException}, so the engine REST API answers 400 with the message and {@code details}.
 */
final class PemeriksaPenerapanBerkas implements Deployer {

  private static final List<String> AKHIRAN_BOLEH = List.of(".bpmn", ".bpmn20.xml", ".dmn", ".dmn11.xml", ".form");

  @Override
  public void deploy(DeploymentEntity deployment) {
    Map<String, ResourceEntity> resources = deployment.getResources();
    if (resources == null) {
      return;
    }
    for (ResourceEntity resource : resources.values()) {
      periksa(resource.getName(), resource.getBytes());
    }
  }

  static void periksa(String nama, byte[] isi) {
    String kecil = nama.toLowerCase(Locale.ROOT);
    if (AKHIRAN_BOLEH.stream().noneMatch(kecil::endsWith)) {
      tolak(nama, "Penerapan ditolak: berkas '" + nama + "' bukan model BPMN, DMN atau formulir Camunda "
          + "(.bpmn, .dmn, .form) — tidak diizinkan.", 0, 0, null);
    }
    if (kecil.endsWith(".form")) {
      return;
    }
    boolean dmn = kecil.endsWith(".dmn") || kecil.endsWith(".dmn11.xml");
    PembacaXml pembaca = new PembacaXml(nama, dmn);
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      // startDTD is reported at "<!DOCTYPE", before any entity of its internal subset is read.
      parser.setProperty("http://xml.org/sax/properties/lexical-handler", pembaca);
      parser.parse(new ByteArrayInputStream(isi), pembaca);
    } catch (Ditolak d) {
      tolak(nama, d.getMessage(), d.baris, d.kolom, d.elemenId);
    } catch (SAXParseException e) {
      tolak(nama, "Penerapan ditolak: berkas '" + nama + "' bukan XML yang sah (baris " + e.getLineNumber()
          + ": " + e.getMessage() + ").", e.getLineNumber(), e.getColumnNumber(), null);
    } catch (Exception e) {
      tolak(nama, "Penerapan ditolak: berkas '" + nama + "' tidak dapat dibaca (" + e.getMessage() + ").", 0, 0, null);
    }
  }

  private static void tolak(String nama, String pesan, int baris, int kolom, String elemenId) {
    Problem masalah = new Masalah(pesan, baris, kolom, elemenId);
    throw new ParseException(pesan, nama, List.of(masalah), List.of());
  }

  /** The problem as the REST API lists it in {@code details}. */
  private record Masalah(String message, int line, int column, String mainElementId) implements Problem {
    @Override
    public String getMessage() {
      return message;
    }

    @Override
    public int getLine() {
      return line;
    }

    @Override
    public int getColumn() {
      return column;
    }

    @Override
    public String getMainElementId() {
      return mainElementId;
    }

    @Override
    public List<String> getElementIds() {
      return mainElementId == null ? List.of() : List.of(mainElementId);
    }
  }

  /** A refusal found while reading; stops the SAX parse at once. */
  private static final class Ditolak extends SAXException {
    private static final long serialVersionUID = 1L;
    final int baris;
    final int kolom;
    final String elemenId;

    Ditolak(String pesan, Locator lokasi, String elemenId) {
      super(pesan);
      this.baris = lokasi == null ? 0 : lokasi.getLineNumber();
      this.kolom = lokasi == null ? 0 : lokasi.getColumnNumber();
      this.elemenId = elemenId;
    }
  }

  private static final class PembacaXml extends DefaultHandler2 {
    private final String nama;
    private final boolean dmn;
    private final Deque<String> idTerdekat = new ArrayDeque<>();
    private Locator lokasi;

    PembacaXml(String nama, boolean dmn) {
      this.nama = nama;
      this.dmn = dmn;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.lokasi = locator;
    }

    @Override
    public void startDTD(String name, String publicId, String systemId) throws SAXException {
      throw new Ditolak("Penerapan ditolak: berkas '" + nama + "' memuat deklarasi DOCTYPE (DTD, bisa membawa "
          + "deklarasi ENTITY) — tidak diizinkan.", lokasi, null);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
      String id = attributes.getValue("id");
      String pemilik = id != null && !id.isBlank() ? id : (idTerdekat.isEmpty() ? localName : idTerdekat.peek());
      idTerdekat.push(pemilik);
      if (!dmn) {
        if ("import".equals(localName)) {
          throw new Ditolak(PemeriksaPenerapanListener.kalimat(pemilik, "bpmn:import (definisi yang dimuat dari luar "
              + "model)"), lokasi, pemilik);
        }
        for (int i = 0; i < attributes.getLength(); i++) {
          if ("formHandlerClass".equals(attributes.getLocalName(i))) {
            throw new Ditolak(PemeriksaPenerapanListener.kalimat(pemilik, "camunda:formHandlerClass (kode Java, "
                + "dibuat engine saat model dibaca)"), lokasi, pemilik);
          }
        }
        return;
      }
      String bahasa = attributes.getValue("expressionLanguage");
      if (bahasa != null && !feel(bahasa)) {
        throw new Ditolak(PemeriksaPenerapanListener.kalimat(pemilik, "bahasa ekspresi '" + bahasa + "' di DMN "
            + "(berkas '" + nama + "'; hanya FEEL yang diizinkan)"), lokasi, pemilik);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      idTerdekat.pop();
    }

    private static boolean feel(String bahasa) {
      String b = bahasa.strip().toLowerCase(Locale.ROOT);
      return b.equals("feel") || b.matches("https?://www\\.omg\\.org/spec/(feel|dmn)/[0-9]+(/feel)?/?");
    }
  }
}
