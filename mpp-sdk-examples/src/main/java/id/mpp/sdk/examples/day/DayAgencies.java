package id.mpp.sdk.examples.day;

import id.mpp.sdk.adapter.MembershipQuery;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.adapter.AppointmentRequest;
import id.mpp.sdk.adapter.AppointmentsCapability;
import id.mpp.sdk.testkit.agencies.BpjsKesehatanSimulator;
import id.mpp.sdk.testkit.agencies.ImigrasiSimulator;
import id.mpp.sdk.testkit.agencies.KejaksaanSimulator;
import id.mpp.sdk.testkit.agencies.KejaksaanSimulator.TilangCase;
import id.mpp.sdk.testkit.agencies.OssSimulator;
import id.mpp.sdk.testkit.agencies.OssSimulator.Business;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator.Partner;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agencies of the simulated day, one entry each. To bring an agency's simulator and adapter
 * into the day, replace its {@code offline} entry by a {@code simulated} one: the simulator's
 * constructor, the adapter's settings for it, and the counter's work.
 */
final class DayAgencies {

  /** What the MPP's bank partner registration is in the SNAP simulator. */
  static final Partner BANK_PARTNER = Partner.test("mpp-bandar-lampung", "12345");

  private DayAgencies() {
  }

  /** @return every agency of the day */
  static List<AgencyEntry> all() {
    return List.of(
        AgencyEntry.simulated(BpjsKesehatanSimulator.AGENCY_ID, "lantai-1", 14,
            List.of("BPJSKES-DAFTAR-PBPU", "BPJSKES-UBAH-DATA", "BPJSKES-REAKTIVASI"),
            BpjsKesehatanSimulator::new, DayAgencies::bpjsKesehatan,
            CounterWork.membership(DayAgencies::jknCard)),
        AgencyEntry.simulated("bank-lampung", "lantai-1", 10,
            List.of("BANKLAMPUNG-PAJAK-DAERAH", "BANKLAMPUNG-TABUNGAN"),
            clock -> new SnapBankSimulator("bank-lampung", clock, BANK_PARTNER),
            DayAgencies::snapBank, CounterWork.payment(Rupiah.of(50_000), DayAgencies::pay)),
        AgencyEntry.simulated(OssSimulator.AGENCY_ID, "lantai-2", 14,
            List.of("DPMPTSP-NIB", "DPMPTSP-PBG", "DPMPTSP-SIP-NAKES"),
            DayAgencies::oss, DayAgencies::ossSettings,
            CounterWork.application(DayAgencies::permit)).withData(DayAgencies::businesses),
        AgencyEntry.offline("dukcapil", "lantai-1", 26,
            List.of("DUKCAPIL-KTP-EL-BARU", "DUKCAPIL-KK-UBAH", "DUKCAPIL-AKTA-LAHIR")),
        AgencyEntry.offline("polri", "lantai-2", 14,
            List.of("POLRI-SKCK-BARU", "POLRI-SKCK-PERPANJANG")),
        AgencyEntry.offline("bpjs-ketenagakerjaan", "lantai-1", 8,
            List.of("BPJSTK-DAFTAR-BPU", "BPJSTK-KLAIM-JHT")),
        AgencyEntry.simulated(ImigrasiSimulator.AGENCY_ID, "lantai-2", 8,
            List.of("IMIGRASI-PASPOR-BARU"),
            clock -> new ImigrasiSimulator(clock, IMIGRASI_KEY, IMIGRASI_SECRET, IMIGRASI_OFFICE),
            DayAgencies::imigrasiSettings, DayAgencies::passportAppointment),
        AgencyEntry.simulated(KejaksaanSimulator.AGENCY_ID, "lantai-2", 6,
            List.of("KEJAKSAAN-TILANG"),
            clock -> new KejaksaanSimulator(clock, KEJAKSAAN_KEY),
            simulator -> Map.of("baseUrl", simulator.baseUri().toString(),
                "apiKey", KEJAKSAAN_KEY),
            CounterWork.application(DayAgencies::tilangCase)).withData(DayAgencies::tilangCases),
        AgencyEntry.offline("kemenag", "lantai-2", 6, List.of("KEMENAG-NIKAH")));
  }

  private static Map<String, String> bpjsKesehatan(
      AgencySimulator simulator) {
    BpjsKesehatanSimulator bpjs = (BpjsKesehatanSimulator) simulator;
    BpjsKesehatanSimulator.Credentials c = bpjs.credentials();
    return Map.of("vclaimBaseUrl", bpjs.vclaimBaseUri().toString(),
        "antreanBaseUrl", bpjs.antreanBaseUri().toString(), "consId", c.consId(),
        "secretKey", c.secretKey(), "vclaimUserKey", c.vclaimUserKey(),
        "antreanUserKey", c.antreanUserKey());
  }

  private static MembershipQuery jknCard(Visit visit) {
    BpjsKesehatanSimulator.Participant who = visit.visitor().index() % 5 == 0
        ? BpjsKesehatanSimulator.INACTIVE_PARTICIPANT : BpjsKesehatanSimulator.ACTIVE_PARTICIPANT;
    return MembershipQuery.byMemberNumber(who.cardNumber(), visit.hub().queue().today());
  }

  private static Map<String, String> snapBank(
      AgencySimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(),
        "clientId", BANK_PARTNER.clientId(), "clientSecret", BANK_PARTNER.clientSecret(),
        "privateKey", Partner.testPrivateKeyPem(), "partnerId", BANK_PARTNER.partnerId(),
        "companyCode", BANK_PARTNER.companyCode());
  }

  private static void pay(Visit visit, id.mpp.sdk.adapter.Bill bill) {
    ((SnapBankSimulator) visit.simulator()).payThroughOtherChannel(
        BANK_PARTNER.partnerServiceId() + bill.billId());
  }

  /** The OSS client registration of the MPP. */
  private static final String OSS_CLIENT = "mpp-bandar-lampung";

  /** Its client secret in the simulator (a test value). */
  private static final String OSS_SECRET = "rahasia-uji-oss";

  /** How many businesses of the city the OSS simulator knows; visitors own one each in turn. */
  private static final int BUSINESSES = 25;

  private static OssSimulator oss(Clock clock) {
    return new OssSimulator(clock, OSS_CLIENT, OSS_SECRET);
  }

  private static void businesses(AgencySimulator simulator) {
    for (int i = 0; i < BUSINESSES; i++) {
      ((OssSimulator) simulator).addBusiness(Business.micro(nib(i), "Usaha Mikro " + (i + 1)));
    }
  }

  private static String nib(int business) {
    return String.format(Locale.ROOT, "912%010d", 4_200_000L + business);
  }

  private static Map<String, String> ossSettings(AgencySimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(),
        "tokenUrl", simulator.baseUri() + OssSimulator.TOKEN_PATH,
        "clientId", OSS_CLIENT, "clientSecret", OSS_SECRET);
  }

  /**
   * The permit form: the visitor's business and the risk level of the permit asked for (an NIB
   * is low risk and issued at once; a building approval is high risk and goes to a verifier).
   */
  private static Map<String, String> permit(Visit visit) {
    String risk = switch (visit.ticket().service().value()) {
      case "DPMPTSP-PBG" -> "MENENGAH_TINGGI";
      case "DPMPTSP-SIP-NAKES" -> "MENENGAH_RENDAH";
      default -> "RENDAH";
    };
    return Map.of("nib", nib(visit.visitor().index() % BUSINESSES), "kbli", "56103",
        "tingkatRisiko", risk);
  }

  /** The MPP's API key at the Kejaksaan (a test value). */
  private static final String KEJAKSAAN_KEY = "kunci-uji-kejaksaan";

  /** How many decided tilang cases of the city wait for their fines to be paid. */
  private static final int TILANG_CASES = 40;

  private static String register(int tilangCase) {
    return String.format(Locale.ROOT, "G%07d", 260_000 + tilangCase);
  }

  private static void tilangCases(AgencySimulator simulator) {
    for (int i = 0; i < TILANG_CASES; i++) {
      String register = register(i);
      ((KejaksaanSimulator) simulator).addCase(TilangCase.decided(register,
          "8801" + register.substring(1) + "0000", String.format(Locale.ROOT, "BE%04dXY", i + 1),
          Rupiah.of(150_000 + 25_000L * (i % 5)), Rupiah.of(1_000), "SIM"));
    }
  }

  /** The tilang form: the register number of the visitor's case. */
  private static Map<String, String> tilangCase(Visit visit) {
    return Map.of("nomorRegister",
        register(visit.visitor().index() % TILANG_CASES));
  }

  /** The MPP's signing key id at the immigration office. */
  private static final String IMIGRASI_KEY = "mpp-bandar-lampung";

  /** Its HMAC signing secret (a test value). */
  private static final String IMIGRASI_SECRET = "rahasia-penandatanganan-imigrasi";

  /** The immigration office (Kantor Imigrasi Kelas I Bandar Lampung). */
  private static final String IMIGRASI_OFFICE = "KANIM-BDL";

  private static Map<String, String> imigrasiSettings(AgencySimulator simulator) {
    return Map.of("baseUrl", simulator.baseUri().toString(), "keyId", IMIGRASI_KEY,
        "signingSecret", IMIGRASI_SECRET, "officeCode", IMIGRASI_OFFICE);
  }

  /**
   * The immigration desk books the visitor's passport appointment at the office for the next
   * day, in one of its three sessions; a full session is refused by the office's quota, as on
   * busy days.
   */
  private static void passportAppointment(Visit visit) {
    visit.call(AppointmentsCapability.class, appointments -> appointments.book(
        new AppointmentRequest(visit.ticket().service(), visit.hub().queue().today().plusDays(1),
            ImigrasiSimulator.SESSIONS.get(visit.visitor().index() % 3), visit.visitor().nik(),
            null, "paspor-" + visit.ticket().id().value())));
  }

  /**
   * Counts the applications an agency's simulator holds, for the once-only check of the day.
   *
   * @param simulator a simulator of the day
   * @return the distinct applications it took; 0 for one that takes none
   */
  static int applicationsHeld(AgencySimulator simulator) {
    if (simulator instanceof OssSimulator oss) {
      return oss.applications().size();
    }
    return simulator instanceof KejaksaanSimulator kejaksaan ? kejaksaan.applicationCount() : 0;
  }
}
