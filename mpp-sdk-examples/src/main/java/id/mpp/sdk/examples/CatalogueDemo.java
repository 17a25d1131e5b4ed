package id.mpp.sdk.examples;

import id.mpp.sdk.catalogue.Catalogue;
import id.mpp.sdk.catalogue.ComplaintChannel;
import id.mpp.sdk.catalogue.DeliveryStandard;
import id.mpp.sdk.catalogue.Fee;
import id.mpp.sdk.catalogue.FeeItem;
import id.mpp.sdk.catalogue.ProcedureStep;
import id.mpp.sdk.catalogue.Requirement;
import id.mpp.sdk.catalogue.SearchHit;
import id.mpp.sdk.catalogue.SearchOptions;
import id.mpp.sdk.catalogue.ServiceCode;
import id.mpp.sdk.catalogue.ServiceDefinition;
import id.mpp.sdk.catalogue.ServiceProduct;
import id.mpp.sdk.validation.MppValidator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The catalogue demo: loads the sample catalogue shipped in mpp-sdk-core, searches it in a
 * citizen's own words, shows one service's full Standar Pelayanan, and prints the completeness
 * report of the published components.
 *
 * <pre>
 * ./mvnw -B -q -pl mpp-sdk-examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=id.mpp.sdk.examples.CatalogueDemo                       # Bahasa Indonesia
 * ./mvnw -B -q -pl mpp-sdk-examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=id.mpp.sdk.examples.CatalogueDemo -Dexec.args=en
 * </pre>
 */
public final class CatalogueDemo {

  /** Everyday queries, as citizens type them. */
  static final List<String> QUERIES = List.of("bikin ktp", "perpanjang SIM", "surat kelakuan baik",
      "akta lahir anak", "cek sertifikat tanah", "daftar bpjs", "izin usaha", "KTP-el hilang");

  /** Hibernate Validator announces its version at INFO; kept here so the setting holds. */
  private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

  /** The service whose whole Standar Pelayanan is shown. */
  static final ServiceCode SHOWN = ServiceCode.of("POLRI-SKCK-BARU");

  private CatalogueDemo() {
  }

  /**
   * Runs the demo on standard output.
   *
   * @param args {@code en} for English, anything else (or nothing) for Bahasa Indonesia
   */
  public static void main(String[] args) {
    VALIDATOR_LOG.setLevel(Level.WARNING); // before MppValidator builds its factory
    Locale locale = args.length > 0 && args[0].equalsIgnoreCase("en")
        ? MppValidator.ENGLISH : MppValidator.INDONESIAN;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    run(out, locale);
    out.flush();
  }

  /**
   * Runs the demo.
   *
   * @param out where to print
   * @param locale {@link MppValidator#INDONESIAN} or {@link MppValidator#ENGLISH}
   */
  public static void run(PrintStream out, Locale locale) {
    boolean id = "id".equals(locale.getLanguage());
    Catalogue catalogue = Catalogue.sample();
    out.println(id ? "MPP SDK: demo katalog layanan" : "MPP SDK: service catalogue demo");
    out.println(id
        ? "Katalog contoh revisi " + catalogue.revision().orElse("-") + ": "
            + catalogue.listServices().size() + " layanan dari " + catalogue.listAgencies().size()
            + " instansi"
        : "Sample catalogue revision " + catalogue.revision().orElse("-") + ": "
            + catalogue.listServices().size() + " services from "
            + catalogue.listAgencies().size() + " agencies");

    out.println();
    out.println(id ? "Pencarian dengan kata-kata warga" : "Search in a citizen's own words");
    out.println("--------------------------------");
    for (String query : QUERIES) {
      out.println((id ? "Cari: \"" : "Search: \"") + query + "\"");
      List<SearchHit> hits = catalogue.search(query, SearchOptions.defaults().withLimit(3));
      if (hits.isEmpty()) {
        out.println(id ? "   (tidak ada hasil)" : "   (no results)");
      }
      for (int i = 0; i < hits.size(); i++) {
        SearchHit hit = hits.get(i);
        ServiceDefinition s = hit.service();
        out.println("   " + (i + 1) + ". " + s.name() + "  [" + hit.agency().shortName() + "]  "
            + time(s.delivery(), id) + ", " + fee(s.delivery().fee(), id));
      }
    }

    ServiceDefinition shown = catalogue.getService(SHOWN);
    out.println();
    String heading = (id ? "Standar Pelayanan: " : "Service standard: ") + shown.name() + " ("
        + catalogue.getAgency(shown.agencyId()).shortName() + ")";
    out.println(heading);
    out.println("-".repeat(heading.length()));
    printStandard(out, shown, id);

    out.println();
    out.print(catalogue.checkCompleteness().toText(locale));
  }

  private static void printStandard(PrintStream out, ServiceDefinition s, boolean id) {
    DeliveryStandard d = s.delivery();
    out.println(id ? "Persyaratan:" : "Requirements:");
    for (Requirement r : d.requirements()) {
      out.println("  - " + r.name() + " (" + r.count() + "x, "
          + (r.mandatory() ? (id ? "wajib" : "mandatory") : (id ? "jika perlu" : "if needed"))
          + ")" + (r.note() == null ? "" : ": " + r.note()));
    }
    out.println(id ? "Prosedur:" : "Procedure:");
    for (ProcedureStep step : d.procedure()) {
      out.println("  " + step.number() + ". " + step.description());
    }
    out.println((id ? "Jangka waktu: " : "Processing time: ") + time(d, id));
    out.println((id ? "Biaya: " : "Fee: ") + fee(d.fee(), id)
        + (d.fee() != null && d.fee().legalBasis() != null
            ? (id ? " (dasar: " : " (basis: ") + d.fee().legalBasis().citation() + ")" : ""));
    ServiceProduct product = d.product();
    if (product != null) {
      out.println((id ? "Produk: " : "Product: ") + product.name()
          + (product.validity() == null ? "" : (id ? ", berlaku " + product.validity().toIndonesian()
              : ", valid for " + product.validity())));
    }
    out.println((id ? "Pengaduan: " : "Complaints: ") + d.complaintChannels().stream()
        .map(ComplaintChannel::contact).collect(Collectors.joining("; ")));
  }

  private static String time(DeliveryStandard d, boolean id) {
    if (d.processingTime() == null) {
      return id ? "waktu belum dipublikasikan" : "time not published";
    }
    return id ? d.processingTime().toIndonesian() : d.processingTime().toString();
  }

  private static String fee(Fee fee, boolean id) {
    if (fee == null) {
      return id ? "biaya belum dipublikasikan" : "fee not published";
    }
    if (fee.free()) {
      return id ? "gratis" : "free";
    }
    if (fee.items().isEmpty()) {
      return id ? "biaya sesuai ketentuan" : "fee as computed by the rules";
    }
    return fee.items().stream().map(FeeItem::amount).distinct().sorted()
        .map(Object::toString).collect(Collectors.joining(" / "));
  }
}
