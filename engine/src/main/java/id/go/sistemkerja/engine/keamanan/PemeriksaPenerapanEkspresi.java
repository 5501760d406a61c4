package id.go.sistemkerja.engine.keamanan;

import java.util.Set;
import java.util.function.Predicate;

/**
 * The only expressions a model may carry: they read process variables by name and compare or combine them
 * (literals, == != &lt; &gt; &lt;= &gt;=, and/or/not, empty, + - * / %, ?:, parentheses). Everything our bpmn/
 * files need, nothing more: no property or index access (a getter is a method call), no function or method
 * calls, no engine objects ({@code execution}, {@code task}, ...) and no Spring bean names. A text with
 * {@code ${...}} or {@code #{...}} anywhere is checked, whichever attribute or element it is in.
 */
final class PemeriksaPenerapanEkspresi {

  /** JUEL words that are operators or literals, never variables. {@code instanceof} is left out (types). */
  private static final Set<String> KATA_KUNCI = Set.of(
      "true", "false", "null", "empty", "not", "and", "or", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod");
  private static final Set<String> LITERAL = Set.of("true", "false", "null");

  /** Names the engine resolves to its own objects (VariableScopeElResolver) instead of to a variable. */
  static final Set<String> OBJEK_ENGINE = Set.of(
      "execution", "task", "externalTask", "caseExecution", "variableScope", "authenticatedUserId");

  /**
   * Well-known engine and Spring bean names, refused even where the application context names its beans
   * otherwise (the ProcessEngine is bean "processEngineFactoryBean", the properties a long qualified name).
   */
  static final Set<String> BEAN_TERKENAL = Set.of(
      "processEngine", "processEngineConfiguration", "processEngineConfigurationImpl", "runtimeService",
      "repositoryService", "taskService", "identityService", "managementService", "historyService", "formService",
      "authorizationService", "externalTaskService", "caseService", "filterService", "decisionService",
      "applicationContext", "environment", "camundaBpmProperties", "dataSource", "transactionManager");

  private enum Jenis { AWAL, NAMA, NILAI, OPERATOR, BUKA, TUTUP }

  private PemeriksaPenerapanEkspresi() {
  }

  /** Whether the text holds an expression at all. */
  static boolean memuatEkspresi(String teks) {
    return teks != null && (teks.contains("${") || teks.contains("#{"));
  }

  /**
   * Null when every expression in {@code teks} is allowed; otherwise why not, in Bahasa Indonesia, naming the
   * expression ("ekspresi '${a.b()}' mengakses properti atau metode objek").
   */
  static String periksa(String teks, Predicate<String> adalahBean) {
    int i = 0;
    while (i < teks.length()) {
      int awal = indeksEkspresi(teks, i);
      if (awal < 0) {
        return null;
      }
      Hasil hasil = periksaSatu(teks, awal, adalahBean);
      if (hasil.alasan != null) {
        String ekspresi = teks.substring(awal, Math.min(teks.length(), Math.max(hasil.akhir, awal + 2)));
        if (ekspresi.length() > 120) {
          ekspresi = ekspresi.substring(0, 117) + "...";
        }
        return "ekspresi '" + ekspresi + "' yang " + hasil.alasan;
      }
      i = hasil.akhir;
    }
    return null;
  }

  private static int indeksEkspresi(String teks, int dari) {
    int dolar = teks.indexOf("${", dari);
    int pagar = teks.indexOf("#{", dari);
    if (dolar < 0) {
      return pagar;
    }
    return pagar < 0 ? dolar : Math.min(dolar, pagar);
  }

  private record Hasil(int akhir, String alasan) {
  }

  private static Hasil periksaSatu(String s, int awal, Predicate<String> adalahBean) {
    int j = awal + 2;
    int tanyaTerbuka = 0;
    int kurung = 0;
    Jenis sebelumnya = Jenis.AWAL;
    while (true) {
      if (j >= s.length()) {
        return new Hasil(s.length(), "tidak ditutup dengan '}'");
      }
      char c = s.charAt(j);
      if (Character.isWhitespace(c)) {
        j++;
        continue;
      }
      if (c == '}') {
        if (sebelumnya == Jenis.AWAL) {
          return new Hasil(j + 1, "kosong");
        }
        if (kurung != 0 || tanyaTerbuka != 0) {
          return new Hasil(j + 1, "tidak lengkap (kurung atau ?: tidak berpasangan)");
        }
        return new Hasil(j + 1, null);
      }
      if (c == '\'' || c == '"') {
        int k = j + 1;
        while (k < s.length() && s.charAt(k) != c) {
          k += s.charAt(k) == '\\' ? 2 : 1;
        }
        if (k >= s.length()) {
          return new Hasil(s.length(), "memuat teks yang tidak ditutup");
        }
        j = k + 1;
        sebelumnya = Jenis.NILAI;
        continue;
      }
      if (c >= '0' && c <= '9') {
        int k = j;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
          k++;
        }
        if (k + 1 < s.length() && s.charAt(k) == '.' && Character.isDigit(s.charAt(k + 1))) {
          k++;
          while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
          }
        }
        if (k < s.length() && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
          int m = k + 1;
          if (m < s.length() && (s.charAt(m) == '+' || s.charAt(m) == '-')) {
            m++;
          }
          if (m < s.length() && Character.isDigit(s.charAt(m))) {
            k = m;
            while (k < s.length() && Character.isDigit(s.charAt(k))) {
              k++;
            }
          }
        }
        j = k;
        sebelumnya = Jenis.NILAI;
        continue;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') {
        int k = j + 1;
        while (k < s.length() && (Character.isLetterOrDigit(s.charAt(k)) && s.charAt(k) < 128 || s.charAt(k) == '_')) {
          k++;
        }
        String nama = s.substring(j, k);
        j = k;
        if (KATA_KUNCI.contains(nama)) {
          sebelumnya = LITERAL.contains(nama) ? Jenis.NILAI : Jenis.OPERATOR;
          continue;
        }
        if (OBJEK_ENGINE.contains(nama)) {
          return new Hasil(akhirEkspresi(s, j), "memakai objek engine '" + nama + "'");
        }
        if (BEAN_TERKENAL.contains(nama) || adalahBean.test(nama)) {
          return new Hasil(akhirEkspresi(s, j), "merujuk bean '" + nama + "' di engine");
        }
        sebelumnya = Jenis.NAMA;
        continue;
      }
      switch (c) {
        case '(' -> {
          if (sebelumnya == Jenis.NAMA || sebelumnya == Jenis.NILAI || sebelumnya == Jenis.TUTUP) {
            return new Hasil(akhirEkspresi(s, j), "memanggil fungsi atau metode");
          }
          kurung++;
          sebelumnya = Jenis.BUKA;
          j++;
        }
        case ')' -> {
          if (--kurung < 0) {
            return new Hasil(akhirEkspresi(s, j), "tidak lengkap (kurung tidak berpasangan)");
          }
          sebelumnya = Jenis.TUTUP;
          j++;
        }
        case '.', '[', ']' -> {
          return new Hasil(akhirEkspresi(s, j), "mengakses properti atau metode objek");
        }
        case '?' -> {
          tanyaTerbuka++;
          sebelumnya = Jenis.OPERATOR;
          j++;
        }
        case ':' -> {
          if (tanyaTerbuka == 0) {
            return new Hasil(akhirEkspresi(s, j), "memanggil fungsi (awalan nama:)");
          }
          tanyaTerbuka--;
          sebelumnya = Jenis.OPERATOR;
          j++;
        }
        case '=', '!', '<', '>', '&', '|' -> {
          String dua = j + 1 < s.length() ? s.substring(j, j + 2) : "";
          if (dua.equals("==") || dua.equals("!=") || dua.equals("<=") || dua.equals(">=") || dua.equals("&&") || dua.equals("||")) {
            j += 2;
          } else if (c == '!' || c == '<' || c == '>') {
            j++;
          } else {
            return new Hasil(akhirEkspresi(s, j), "memuat tanda '" + c + "' yang tidak diizinkan");
          }
          sebelumnya = Jenis.OPERATOR;
        }
        case '+', '-', '*', '/', '%' -> {
          if (c == '-' && j + 1 < s.length() && s.charAt(j + 1) == '>') {
            return new Hasil(akhirEkspresi(s, j), "memuat fungsi lambda");
          }
          sebelumnya = Jenis.OPERATOR;
          j++;
        }
        default -> {
          return new Hasil(akhirEkspresi(s, j), "memuat tanda '" + c + "' yang tidak diizinkan");
        }
      }
    }
  }

  /** Where the expression most likely ends, only to quote it in the message. */
  private static int akhirEkspresi(String s, int dari) {
    int tutup = s.indexOf('}', dari);
    return tutup < 0 ? s.length() : tutup + 1;
  }
}
