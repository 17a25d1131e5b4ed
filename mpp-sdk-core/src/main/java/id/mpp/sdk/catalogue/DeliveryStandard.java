package id.mpp.sdk.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.mpp.sdk.time.ProcessingTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Komponen penyampaian pelayanan: the six service-delivery components of a Standar Pelayanan (UU
 * 25/2009 Pasal 21; PermenPANRB 15/2014). They <em>must be published</em>, and the Ombudsman's
 * compliance assessment checks that they are; {@link ServiceCompleteness} reports which are
 * missing.
 *
 * <p>An absent component is an empty list or {@code null}: that is how a catalogue says "not
 * published", and the completeness check reports it.
 *
 * @param requirements 1. persyaratan: documents and items to bring or upload
 * @param procedure 2. sistem, mekanisme dan prosedur: the steps, numbered 1, 2, 3 … in order
 * @param processingTime 3. jangka waktu pelayanan: how long the whole process takes, or
 *     {@code null} when not published
 * @param fee 4. biaya/tarif: free, or the tariff and its legal basis; {@code null} when not
 *     published
 * @param product 5. produk pelayanan: what the citizen receives; {@code null} when not published
 * @param complaintChannels 6. penanganan pengaduan, saran dan masukan: where to complain
 */
public record DeliveryStandard(
    @Size(max = 60) List<@NotNull @Valid Requirement> requirements,
    @Size(max = 60) List<@NotNull @Valid ProcedureStep> procedure,
    ProcessingTime processingTime,
    @Valid Fee fee,
    @Valid ServiceProduct product,
    @Size(max = 20) List<@NotNull @Valid ComplaintChannel> complaintChannels) {

  /** Normalises: absent lists become empty. */
  public DeliveryStandard {
    requirements = Texts.list(requirements);
    procedure = Texts.list(procedure);
    complaintChannels = Texts.list(complaintChannels);
  }

  /**
   * The checked rule: requirement codes are unique within the service.
   *
   * @return whether no code appears twice
   */
  @JsonIgnore
  @AssertTrue(message = "{catalogue.requirement.duplicate}")
  public boolean isRequirementCodesUnique() {
    Set<String> seen = new HashSet<>();
    for (Requirement r : requirements) {
      if (r != null && r.code() != null && !seen.add(r.code())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The checked rule: procedure steps are numbered 1, 2, 3 … in order.
   *
   * @return whether the numbering is right
   */
  @JsonIgnore
  @AssertTrue(message = "{catalogue.procedure.order}")
  public boolean isProcedureInOrder() {
    for (int i = 0; i < procedure.size(); i++) {
      ProcedureStep step = procedure.get(i);
      if (step != null && step.number() != i + 1) {
        return false;
      }
    }
    return true;
  }

  /** @return the mandatory requirements only, in order */
  public List<Requirement> mandatoryRequirements() {
    return requirements.stream().filter(r -> r != null && r.mandatory()).toList();
  }
}
