package id.mpp.sdk.catalogue;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * One step of a service's procedure (sistem, mekanisme dan prosedur; Standar Pelayanan,
 * service-delivery component 2). Steps are numbered 1, 2, 3 … in order.
 *
 * @param number the step's position, starting at 1
 * @param description what happens, for example "Petugas memverifikasi berkas persyaratan"
 */
public record ProcedureStep(
    @Min(1) int number,
    @NotBlank @Size(max = 500) String description) {

  /**
   * A step.
   *
   * @param number the position, from 1
   * @param description what happens
   * @return the step
   */
  public static ProcedureStep of(int number, String description) {
    return new ProcedureStep(number, description);
  }
}
