package id.mpp.sdk.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Layanan: one public service of an agency, with its Standar Pelayanan as structured data (UU
 * 25/2009 Pasal 21; PermenPANRB 15/2014): the six service-delivery components in
 * {@link #delivery()}, which must be published, and the eight management components in
 * {@link #management()}.
 *
 * <p>Records of the catalogue are checked as a whole by Jakarta constraints when a
 * {@link Catalogue} is built or loaded, so every problem is reported at once with its path; the
 * constructor only normalises (absent lists become empty, absent enums {@code UNKNOWN}, an absent
 * standard an empty one, which the completeness check then reports).
 *
 * @param code the service code, unique in a catalogue, for example {@code POLRI-SKCK-BARU}
 * @param agencyId the agency that delivers it
 * @param name the name citizens see, for example "Penerbitan SKCK baru"
 * @param summary one or two sentences on what the service is for, or {@code null}
 * @param targetGroup who it is for (citizens, businesses or both)
 * @param channel where to apply (in person, online or both)
 * @param onlineMaturityLevel how far the service is online, 1 to 4: 1 information only
 *     (informasi), 2 interaction such as downloadable forms or contact (interaksi), 3 online
 *     application (transaksi), 4 end to end online including payment and electronic output
 *     (terintegrasi)
 * @param keywords words citizens use for it, including abbreviations and everyday terms, for
 *     example "surat kelakuan baik"; used by search
 * @param version the version of this definition, {@code MAJOR.MINOR.PATCH}
 * @param delivery the six service-delivery components (komponen penyampaian pelayanan)
 * @param management the eight management components (komponen pengelolaan pelayanan)
 */
public record ServiceDefinition(
    @NotNull ServiceCode code,
    @NotNull AgencyId agencyId,
    @NotBlank @Size(max = 200) String name,
    @Size(max = 2000) String summary,
    @NotNull TargetGroup targetGroup,
    @NotNull DeliveryChannel channel,
    @Min(1) @Max(4) int onlineMaturityLevel,
    @Size(max = 50) List<@NotBlank @Size(max = 80) String> keywords,
    @NotBlank @Pattern(regexp = "\\d{1,4}\\.\\d{1,4}\\.\\d{1,4}",
        message = "{catalogue.service.version}") String version,
    @NotNull @Valid DeliveryStandard delivery,
    @NotNull @Valid ManagementStandard management) {

  /**
   * Normalises: absent enums become {@code UNKNOWN}, absent keywords empty, a blank summary
   * {@code null}, an absent standard an empty one (nothing published).
   */
  public ServiceDefinition {
    summary = Texts.optional(summary);
    if (targetGroup == null) {
      targetGroup = TargetGroup.UNKNOWN;
    }
    if (channel == null) {
      channel = DeliveryChannel.UNKNOWN;
    }
    keywords = Texts.list(keywords);
    if (delivery == null) {
      delivery = new DeliveryStandard(null, null, null, null, null, null);
    }
    if (management == null) {
      management = ManagementStandard.empty();
    }
  }

  /** @return the code and name, for example {@code POLRI-SKCK-BARU Penerbitan SKCK baru} */
  @Override
  public String toString() {
    return "ServiceDefinition[" + code + " " + name + "]";
  }
}
