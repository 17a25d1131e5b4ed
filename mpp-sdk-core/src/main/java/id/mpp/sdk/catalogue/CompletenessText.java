package id.mpp.sdk.catalogue;

import java.util.List;
import java.util.Locale;

/** Renders a {@link CompletenessReport} as text in Bahasa Indonesia or English. */
final class CompletenessText {

  private CompletenessText() {
  }

  static String render(CompletenessReport report, Locale locale) {
    boolean id = Texts.indonesian(locale);
    Locale numbers = id ? Locale.forLanguageTag("id-ID") : Locale.ENGLISH;
    StringBuilder out = new StringBuilder();
    int total = report.services().size();
    String title = id ? "Laporan Kelengkapan Standar Pelayanan" : "Standar Pelayanan Completeness Report";
    if (report.catalogueRevision() != null) {
      title += id ? " (katalog revisi " + report.catalogueRevision() + ")"
          : " (catalogue revision " + report.catalogueRevision() + ")";
    }
    line(out, title);
    line(out, "=".repeat(title.length()));
    line(out, (id ? "Layanan diperiksa: " : "Services checked: ") + total);
    int deliveryOk = report.deliveryCompleteCount();
    int managementOk = total - report.managementIncomplete().size();
    line(out, (id ? "Enam komponen penyampaian pelayanan (wajib dipublikasikan) lengkap: "
        : "All six service-delivery components (must be published) complete: ")
        + ratio(deliveryOk, total, id, numbers));
    line(out, (id ? "Delapan komponen pengelolaan pelayanan lengkap: "
        : "All eight management components complete: ")
        + ratio(managementOk, total, id, numbers));

    section(out, id ? "Komponen penyampaian pelayanan yang belum lengkap"
        : "Service-delivery components missing or flawed");
    listServices(out, report.deliveryIncomplete(), true, locale, id);

    section(out, id ? "Komponen pengelolaan pelayanan yang belum lengkap (sekunder)"
        : "Management components missing or flawed (secondary)");
    listServices(out, report.managementIncomplete(), false, locale, id);

    section(out, id ? "Ringkasan per komponen (jumlah layanan yang belum lengkap)"
        : "Summary per component (services missing or flawed)");
    int width = 0;
    for (StandardComponent c : StandardComponent.values()) {
      width = Math.max(width, c.label(locale).length());
    }
    for (StandardComponent c : StandardComponent.values()) {
      if (c == StandardComponent.UNKNOWN) {
        continue;
      }
      String mark = c.published() ? "* " : "  ";
      line(out, mark + pad(c.label(locale), width) + "  " + report.countLacking(c));
    }
    line(out, id ? "* wajib dipublikasikan (PermenPANRB 15/2014)"
        : "* must be published (PermenPANRB 15/2014)");
    return out.toString();
  }

  private static void listServices(StringBuilder out, List<ServiceCompleteness> services,
      boolean delivery, Locale locale, boolean id) {
    if (services.isEmpty()) {
      line(out, id ? "(tidak ada)" : "(none)");
      return;
    }
    for (ServiceCompleteness s : services) {
      line(out, s.service() + "  " + s.serviceName() + "  [" + s.agencyId() + "]");
      for (Finding f : delivery ? s.deliveryFindings() : s.managementFindings()) {
        line(out, "  - " + f.describe(locale));
      }
    }
  }

  private static String ratio(int part, int total, boolean id, Locale numbers) {
    String percent = total == 0 ? "-" : String.format(numbers, "%.1f%%", 100.0 * part / total);
    return part + (id ? " dari " : " of ") + total + (id ? " layanan (" : " services (")
        + percent + ")";
  }

  private static void section(StringBuilder out, String heading) {
    line(out, "");
    line(out, heading);
    line(out, "-".repeat(heading.length()));
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
