package id.mpp.sdk.internal.queue;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The desk's default id generator: a random 40-bit prefix per generator (so two hub instances
 * do not collide) and a counter of 7 digits (so ids of one generator sort in order), in lower-case base 32, for
 * example {@code k3j9x2pq-000001a}. Fast and lock-free; ids are not secrets.
 */
public final class DefaultIds implements Supplier<String> {

  private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();

  private final String prefix;
  private final AtomicLong next = new AtomicLong();

  /** Creates a generator with a fresh random prefix. */
  public DefaultIds() {
    long bits = new SecureRandom().nextLong() & 0xFF_FFFF_FFFFL;
    this.prefix = base32(bits, 8) + "-";
  }

  @Override
  public String get() {
    long n = next.incrementAndGet();
    return prefix + base32(n, 7);
  }

  private static String base32(long value, int width) {
    char[] buf = new char[13];
    int pos = buf.length;
    long v = value;
    do {
      buf[--pos] = ALPHABET[(int) (v & 31)];
      v >>>= 5;
    } while (v != 0);
    while (buf.length - pos < width) {
      buf[--pos] = '0';
    }
    return new String(buf, pos, buf.length - pos);
  }

  @Override
  public String toString() {
    return "DefaultIds[" + prefix + "]";
  }
}
