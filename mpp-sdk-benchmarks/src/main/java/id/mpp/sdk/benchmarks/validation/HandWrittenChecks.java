package id.mpp.sdk.benchmarks.validation;

import id.mpp.sdk.Violation;
import id.mpp.sdk.validation.Nik;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The same rules as the annotations of {@link SubmissionForm}, written by hand: the floor that
 * any annotation-driven validator is measured against (information only).
 */
final class HandWrittenChecks {

  private static final Pattern SERVICE_CODE = Pattern.compile("[A-Z][A-Z0-9-]{2,31}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

  private HandWrittenChecks() {
  }

  static List<Violation> check(SubmissionForm f, LocalDate today) {
    List<Violation> out = new ArrayList<>(4);
    if (blank(f.nik())) {
      out.add(new Violation("nik", "NotBlank", "must not be blank"));
    } else if (!Nik.isValid(f.nik())) {
      out.add(new Violation("nik", "nik.format", "is not a valid NIK"));
    }
    if (blank(f.name())) {
      out.add(new Violation("name", "NotBlank", "must not be blank"));
    } else if (f.name().length() > 100) {
      out.add(new Violation("name", "Size", "size must be between 0 and 100"));
    }
    if (f.birthDate() == null) {
      out.add(new Violation("birthDate", "NotNull", "must not be null"));
    } else if (!f.birthDate().isBefore(today)) {
      out.add(new Violation("birthDate", "Past", "must be a past date"));
    }
    if (blank(f.serviceCode())) {
      out.add(new Violation("serviceCode", "NotBlank", "must not be blank"));
    } else if (!SERVICE_CODE.matcher(f.serviceCode()).matches()) {
      out.add(new Violation("serviceCode", "Pattern", "must match the pattern"));
    }
    if (f.email() != null
        && (f.email().length() > 254 || !EMAIL.matcher(f.email()).matches())) {
      out.add(new Violation("email", "Email", "must be a well-formed email address"));
    }
    if (f.address() != null && f.address().length() > 200) {
      out.add(new Violation("address", "Size", "size must be between 0 and 200"));
    }
    if (f.feeRupiah() < 0 || f.feeRupiah() > 100_000_000) {
      out.add(new Violation("feeRupiah", "Max", "must be between 0 and 100000000"));
    }
    if (f.documents() == null) {
      out.add(new Violation("documents", "NotNull", "must not be null"));
    } else if (f.documents().isEmpty() || f.documents().size() > 10) {
      out.add(new Violation("documents", "Size", "size must be between 1 and 10"));
    } else {
      for (int i = 0; i < f.documents().size(); i++) {
        if (blank(f.documents().get(i))) {
          out.add(new Violation("documents[" + i + "]", "NotBlank", "must not be blank"));
        }
      }
    }
    return out;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
