package id.go.sistemkerja.engine.keamanan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins of ordinary users in a sliding window, per client address and per (address, user). After
 * {@link #BATAS_PENGGUNA} failures for one user from one address, or {@link #BATAS_ALAMAT} from one address, further
 * attempts get 429 for the rest of the window before any password is checked, so a storm from one address can
 * neither guess quickly nor push a pegawai into Camunda's permanent lockout within minutes. Technical users are
 * not counted: their passwords are long and random and they are exempt from the lockout (see
 * {@link AkunAuthenticationProvider}), so their correct requests are never refused.
 */
public final class AkunPembatas {

  /** Failed attempts within the window before the address (or the address for that user) is refused. */
  public static final int BATAS_ALAMAT = 50;
  public static final int BATAS_PENGGUNA = 5;
  public static final long JENDELA_MS = 60_000;

  private static final Map<String, Deque<Long>> GAGAL = new ConcurrentHashMap<>();

  private AkunPembatas() {}

  public static void catatGagal(String alamat, String userId) {
    catat(alamat);
    catat(alamat + "|" + userId);
  }

  /** Seconds until this address may try again for this user (null: any user), or 0 when it is not refused. */
  public static long tungguDetik(String alamat, String userId) {
    long perAlamat = tunggu(alamat, BATAS_ALAMAT);
    return userId == null ? perAlamat : Math.max(perAlamat, tunggu(alamat + "|" + userId, BATAS_PENGGUNA));
  }

  private static void catat(String alamat) {
    long now = System.currentTimeMillis();
    Deque<Long> times = GAGAL.computeIfAbsent(alamat, a -> new ArrayDeque<>());
    synchronized (times) {
      buang(times, now);
      times.addLast(now);
    }
    if (GAGAL.size() > 10_000) GAGAL.entrySet().removeIf(e -> { synchronized (e.getValue()) { buang(e.getValue(), now); return e.getValue().isEmpty(); } });
  }

  private static long tunggu(String alamat, int batas) {
    Deque<Long> times = GAGAL.get(alamat);
    if (times == null) return 0;
    long now = System.currentTimeMillis();
    synchronized (times) {
      buang(times, now);
      if (times.size() < batas) return 0;
      long oldest = times.peekFirst();
      return Math.max(1, (oldest + JENDELA_MS - now + 999) / 1000);
    }
  }

  private static void buang(Deque<Long> times, long now) {
    while (!times.isEmpty() && times.peekFirst() < now - JENDELA_MS) times.removeFirst();
  }
}
