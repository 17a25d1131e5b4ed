package id.mpp.sdk.adapters.dukcapil;

import static id.mpp.sdk.adapters.dukcapil.DukcapilAdapterContractIT.ADDRESS;
import static id.mpp.sdk.adapters.dukcapil.DukcapilAdapterContractIT.KK;
import static id.mpp.sdk.adapters.dukcapil.DukcapilAdapterContractIT.MOTHER;
import static id.mpp.sdk.adapters.dukcapil.DukcapilAdapterContractIT.NAME;
import static id.mpp.sdk.adapters.dukcapil.DukcapilAdapterContractIT.NIK;

import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.IdentityCheck;
import id.mpp.sdk.adapter.IdentityElement;
import id.mpp.sdk.testkit.agencies.DukcapilSimulator;
import id.mpp.sdk.testkit.conformance.IdentityContractTest;
import id.mpp.sdk.validation.Nik;
import java.time.Clock;
import java.util.Map;

/**
 * Verification by element through the Dukcapil adapter passes the identity kit (C-ADP-*,
 * C-IDN-*) against one resident's record; {@code DukcapilAdapterIT} covers scores of typos and
 * every element's own rules.
 */
class DukcapilIdentityContractIT extends IdentityContractTest<DukcapilSimulator> {

  private static final String UNKNOWN_NIK = "1871015505950001";
  private static final String PURPOSE = "verifikasi pemohon SKCK";

  private static IdentityCheck check(String nik, Map<IdentityElement, String> claimed) {
    return new IdentityCheck(Nik.parse(nik), claimed, 80, PURPOSE);
  }

  @Override
  protected AgencyAdapterProvider<?> provider() {
    return new DukcapilAdapterProvider();
  }

  @Override
  protected DukcapilSimulator newSimulator(Clock clock) {
    return DukcapilAdapterContractIT.simulatorFor(clock);
  }

  @Override
  protected Map<String, String> settings(DukcapilSimulator simulator) {
    return DukcapilAdapterContractIT.settingsFor(simulator);
  }

  @Override
  protected Map<String, String> invalidSettings() {
    return Map.of("baseUrl", "https://dukcapil.example", "keyId", "mpp bandar lampung",
        "signingSecret", "short-secret", "minimumThreshold", "101");
  }

  @Override
  protected void addRecords(DukcapilSimulator simulator) {
    simulator.addResident(DukcapilAdapterContractIT.resident());
  }

  @Override
  protected IdentityCheck matchingCheck() {
    return check(NIK, Map.of(IdentityElement.FULL_NAME, NAME, IdentityElement.BIRTH_DATE,
        "1990-01-01", IdentityElement.MOTHER_NAME, MOTHER, IdentityElement.ADDRESS, ADDRESS,
        IdentityElement.FAMILY_CARD_NUMBER, KK));
  }

  @Override
  protected IdentityCheck nonMatchingCheck() {
    return check(NIK, Map.of(IdentityElement.FULL_NAME, NAME, IdentityElement.BIRTH_DATE,
        "1990-01-02", IdentityElement.MOTHER_NAME, "Rohani Siregar"));
  }

  @Override
  protected IdentityCheck unknownNikCheck() {
    return check(UNKNOWN_NIK, Map.of(IdentityElement.FULL_NAME, NAME));
  }

  @Override
  protected IdentityCheck invalidCheck() {
    return check(NIK, Map.of(IdentityElement.FULL_NAME, NAME, IdentityElement.BIRTH_DATE,
        "01-01-1990"));
  }

  @Override
  protected String invalidCheckField() {
    return "claimed.BIRTH_DATE";
  }

  @Override
  protected String invalidNik() {
    return "1871013201900003";
  }
}
