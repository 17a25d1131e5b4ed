package id.mpp.sdk.time;

import id.mpp.sdk.MppException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/** Reads a data file shipped inside mpp-sdk-core. */
final class BundledResource {

  private BundledResource() {
  }

  static <T> T read(String path, Function<InputStream, T> reader) {
    try (InputStream in = BundledResource.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new MppException("the bundled data file " + path
            + " is missing from the class path; the mpp-sdk-core jar is incomplete");
      }
      return reader.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }
}
