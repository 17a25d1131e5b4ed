package id.mpp.sdk.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Komponen pengelolaan pelayanan (manufacturing): the eight management components of a Standar
 * Pelayanan (UU 25/2009 Pasal 21; PermenPANRB 15/2014). They are part of the standard but need not
 * be published to citizens; the completeness check reports gaps here as secondary findings.
 *
 * <p>An absent component is an empty list or {@code null}.
 *
 * @param legalBasis 1. dasar hukum: the laws and regulations the service rests on
 * @param facilities 2. sarana, prasarana dan/atau fasilitas: the general facilities (waiting room,
 *     queue machine …)
 * @param vulnerableGroupFacilities 2. (continued) facilities for vulnerable groups (kelompok
 *     rentan): people with disabilities, the elderly, pregnant women, children; for example a
 *     priority counter, wheelchair, ramp, lactation room
 * @param staffCompetence 3. kompetensi pelaksana: knowledge, skills and experience required of
 *     the staff
 * @param internalSupervision 4. pengawasan internal: who supervises the service, or {@code null}
 * @param staffCount 5. jumlah pelaksana: how many staff serve it, or {@code null} when not stated
 * @param serviceGuarantee 6. jaminan pelayanan: the promise made to citizens (maklumat
 *     pelayanan), or {@code null}
 * @param safetyGuarantee 7. jaminan keamanan dan keselamatan pelayanan: how safety, security and
 *     legal certainty are assured, or {@code null}
 * @param performanceEvaluation 8. evaluasi kinerja pelaksana: how and how often staff performance
 *     is evaluated, or {@code null}
 */
public record ManagementStandard(
    @Size(max = 40) List<@NotNull @Valid LegalReference> legalBasis,
    @Size(max = 40) List<@NotBlank @Size(max = 300) String> facilities,
    @Size(max = 40) List<@NotBlank @Size(max = 300) String> vulnerableGroupFacilities,
    @Size(max = 40) List<@NotBlank @Size(max = 300) String> staffCompetence,
    @Size(max = 1000) String internalSupervision,
    @Min(1) @Max(10_000) Integer staffCount,
    @Size(max = 1000) String serviceGuarantee,
    @Size(max = 1000) String safetyGuarantee,
    @Size(max = 1000) String performanceEvaluation) {

  /** Normalises: absent lists become empty, blank texts {@code null}. */
  public ManagementStandard {
    legalBasis = Texts.list(legalBasis);
    facilities = Texts.list(facilities);
    vulnerableGroupFacilities = Texts.list(vulnerableGroupFacilities);
    staffCompetence = Texts.list(staffCompetence);
    internalSupervision = Texts.optional(internalSupervision);
    serviceGuarantee = Texts.optional(serviceGuarantee);
    safetyGuarantee = Texts.optional(safetyGuarantee);
    performanceEvaluation = Texts.optional(performanceEvaluation);
  }

  /** @return a management standard with nothing published */
  public static ManagementStandard empty() {
    return new ManagementStandard(null, null, null, null, null, null, null, null, null);
  }
}
