package id.mpp.sdk.benchmarks.validation;

import id.mpp.sdk.validation.ValidNik;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * The ~8-field request the validation benchmark checks: NIK rules, sizes, a pattern, a date, an
 * amount and a list. The record does not check itself, so invalid values can be built.
 *
 * @param nik the applicant's NIK
 * @param name the applicant's name
 * @param birthDate the birth date
 * @param serviceCode the service applied for
 * @param email the e-mail address, optional
 * @param address the address, optional
 * @param feeRupiah the fee
 * @param documents the names of the documents handed in
 */
public record SubmissionForm(
    @NotBlank @ValidNik String nik,
    @NotBlank @Size(max = 100) String name,
    @NotNull @Past LocalDate birthDate,
    @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9-]{2,31}") String serviceCode,
    @Email @Size(max = 254) String email,
    @Size(max = 200) String address,
    @PositiveOrZero @Max(100_000_000) long feeRupiah,
    @NotNull @Size(min = 1, max = 10) List<@NotBlank String> documents) {

  /** @return a valid form */
  public static SubmissionForm valid() {
    return new SubmissionForm("3201011708900001", "Siti Rahayu Lestari", LocalDate.of(1990, 8, 17),
        "SKCK-BARU", "siti.rahayu@example.id", "Jl. Raya Darmo No. 12, Surabaya", 30_000L,
        List.of("KTP", "KK", "PAS_FOTO"));
  }

  /** @return a form with four violations: NIK format, blank name, service code pattern, no documents */
  public static SubmissionForm invalid() {
    return new SubmissionForm("32010117089000", " ", LocalDate.of(1990, 8, 17), "skck baru",
        "siti.rahayu@example.id", "Jl. Raya Darmo No. 12, Surabaya", 30_000L, List.of());
  }
}
