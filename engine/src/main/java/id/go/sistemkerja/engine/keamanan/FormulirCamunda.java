package id.go.sistemkerja.engine.keamanan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

/** What a Camunda Form (form-js JSON) lets its user submit: the keys of its enabled input fields. */
final class FormulirCamunda {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> JENIS_MASUKAN = Set.of(
      "textfield", "textarea", "number", "checkbox", "checklist", "radio", "select", "datetime", "taglist");

  private FormulirCamunda() {}

  /**
   * The top-level variable names the form's enabled input fields write. form-js does not submit disabled
   * fields, so a disabled (display) field is not something the user may set.
   */
  static Set<String> kunciIsian(InputStream formulir) throws IOException {
    Set<String> kunci = new TreeSet<>();
    kumpulkan(JSON.readTree(formulir), kunci);
    return kunci;
  }

  private static void kumpulkan(JsonNode node, Set<String> kunci) {
    if (node == null) return;
    JsonNode komponen = node.get("components");
    if (komponen == null || !komponen.isArray()) return;
    for (JsonNode k : komponen) {
      String jenis = k.path("type").asText("");
      String key = k.path("key").asText("");
      boolean nonaktif = k.path("disabled").asBoolean(false) || k.path("readonly").asBoolean(false);
      if (JENIS_MASUKAN.contains(jenis) && !key.isEmpty() && !nonaktif) {
        int titik = key.indexOf('.');
        kunci.add(titik > 0 ? key.substring(0, titik) : key);
      }
      kumpulkan(k, kunci);
    }
  }
}
