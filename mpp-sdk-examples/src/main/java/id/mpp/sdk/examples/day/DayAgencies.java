package id.mpp.sdk.examples.day;

import id.mpp.sdk.adapter.AppointmentRequest;
import id.mpp.sdk.adapter.AppointmentsCapability;
import id.mpp.sdk.adapter.IdentityCheck;
import id.mpp.sdk.adapter.IdentityElement;
import id.mpp.sdk.adapter.MembershipQuery;
import id.mpp.sdk.catalogue.Rupiah;
import id.mpp.sdk.testkit.agencies.AtrBpnSimulator;
import id.mpp.sdk.testkit.agencies.AtrBpnSimulator.Certificate;
import id.mpp.sdk.testkit.agencies.BpjsKesehatanSimulator;
import id.mpp.sdk.testkit.agencies.BpjsKetenagakerjaanSimulator;
import id.mpp.sdk.testkit.agencies.BpjsKetenagakerjaanSimulator.Member;
import id.mpp.sdk.testkit.agencies.DukcapilSimulator;
import id.mpp.sdk.testkit.agencies.DukcapilSimulator.Resident;
import id.mpp.sdk.testkit.agencies.ImigrasiSimulator;
import id.mpp.sdk.testkit.agencies.KejaksaanSimulator;
import id.mpp.sdk.testkit.agencies.KejaksaanSimulator.TilangCase;
import id.mpp.sdk.testkit.agencies.KemenagSimulator;
import id.mpp.sdk.testkit.agencies.OssSimulator;
import id.mpp.sdk.testkit.agencies.OssSimulator.Business;
import id.mpp.sdk.testkit.agencies.PengadilanAgamaSimulator;
import id.mpp.sdk.testkit.agencies.PolriSkckSimulator;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator;
import id.mpp.sdk.testkit.agencies.SnapBankSimulator.Partner;
import id.mpp.sdk.testkit.simulator.AgencySimulator;
import id.mpp.sdk.validation.Nik;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
        AgencyEntry.simulated(DukcapilSimulator.AGENCY_ID, "lantai-1", 26,
            List.of("DUKCAPIL-KTP-EL-BARU", "DUKCAPIL-KK-BARU", "DUKCAPIL-AKTA-LAHIR"),
            clock -> new DukcapilSimulator(clock, DUKCAPIL_KEY, DUKCAPIL_SECRET),
            simulator -> Map.of("baseUrl", simulator.baseUri().toString(),
                "keyId", DUKCAPIL_KEY, "signingSecret", DUKCAPIL_SECRET),
            CounterWork.identity(DayAgencies::identityCheck)
                .andThen(CounterWork.application(DayAgencies::populationForm)))
            .withVisitorRecords(DayAgencies::residents),
        AgencyEntry.simulated(PolriSkckSimulator.AGENCY_ID, "lantai-2", 14,
            List.of("POLRI-SKCK-BARU"),
            clock -> new PolriSkckSimulator(clock, POLRI_CLIENT, POLRI_SECRET, POLRI_UNITS),
            simulator -> Map.of("baseUrl", simulator.baseUri().toString(),
                "tokenUrl", simulator.baseUri() + PolriSkckSimulator.TOKEN_PATH,
                "clientId", POLRI_CLIENT, "clientSecret", POLRI_SECRET),
            CounterWork.application(DayAgencies::skckForm)),
        AgencyEntry.simulated(BpjsKetenagakerjaanSimulator.AGENCY_ID, "lantai-1", 8,
            List.of("BPJSTK-DAFTAR-BPU", "BPJSTK-KLAIM-JHT"),
            clock -> new BpjsKetenagakerjaanSimulator(clock, BPJSTK_KEY),
            simulator -> Map.of("baseUrl", simulator.baseUri().toString(), "apiKey", BPJSTK_KEY),
            DayAgencies::bpjsKetenagakerjaan).withVisitorRecords(DayAgencies::workers),
        AgencyEntry.simulated(ImigrasiSimulator.AGENCY_ID, "lantai-2", 8,
            List.of("IMIGRASI-PASPOR-BARU"),
            clock -> new ImigrasiSimulator(clock, IMIGRASI_KEY, IMIGRASI_SECRET, IMIGRASI_OFFICE),
            DayAgencies::imigrasiSettings, DayAgencies::passportAppointment),
        AgencyEntry.simulated(KejaksaanSimulator.AGENCY_ID, "lantai-2", 6,
            List.of("KEJAKSAAN-TILANG"),
            clock -> new KejaksaanSimulator(clock, KEJAKSAAN_KEY),
            simulator -> Map.of("baseUrl", simulator.baseUri().toString(),
                "apiKey", KEJAKSAAN_KEY),
            CounterWork.application(DayAgencies::tilangCase))
            .withVisitorRecords(DayAgencies::tilangCases),
        AgencyEntry.simulated(KemenagSimulator.AGENCY_ID, "lantai-2", 6,
            List.of("KEMENAG-PENDAFTARAN-NIKAH"),
            clock -> new KemenagSimulator(clock, KEMENAG_KEY, KUA),
            simulator -> Map.of("baseUrl", simulator.baseUri().toString(),
                "apiKey", KEMENAG_KEY, "kuaCode", KUA),
            CounterWork.application(DayAgencies::marriageForm)),
        AgencyEntry.simulated(AtrBpnSimulator.AGENCY_ID, "lantai-2", 6,
            List.of("ATRBPN-ROYA", "ATRBPN-BALIK-NAMA"),
            clock -> new AtrBpnSimulator(clock, ATRBPN_CLIENT, ATRBPN_SECRET),
            simulator -> Map.of("baseUrl", simulator.baseUri().toString(),
                "tokenUrl", simulator.baseUri() + AtrBpnSimulator.TOKEN_PATH,
                "clientId", ATRBPN_CLIENT, "clientSecret", ATRBPN_SECRET),
            CounterWork.application(DayAgencies::landForm)).withData(DayAgencies::landBook),
        AgencyEntry.simulated(PengadilanAgamaSimulator.AGENCY_ID, "lantai-2", 4,
            List.of("PA-ISBAT-NIKAH", "PA-DISPENSASI-KAWIN"),
            clock -> new PengadilanAgamaSimulator(clock, PA_KEY, PA_SECRET, PA_COURT),
            simulator -> Map.of("baseUrl", simulator.baseUri().toString(), "keyId", PA_KEY,
                "signingSecret", PA_SECRET, "courtCode", PA_COURT),
            CounterWork.application(DayAgencies::caseForm)));
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

  private static String register(int visitor) {
    return String.format(Locale.ROOT, "G%07d", 260_000 + visitor);
  }

  /**
   * The decided tilang case of each visitor of the Kejaksaan, its fine waiting to be paid. One
   * case each: the Kejari refuses a second permohonan for a case ({@code PERKARA_SUDAH_DIAJUKAN}),
   * which a shared pool of cases caused on longer days.
   */
  private static void tilangCases(AgencySimulator simulator, List<Visitor> visitors) {
    for (Visitor v : visitors) {
      if (!v.entry().agency().value().equals(KejaksaanSimulator.AGENCY_ID)) {
        continue;
      }
      int i = v.index();
      String register = register(i);
      ((KejaksaanSimulator) simulator).addCase(TilangCase.decided(register,
          "8801" + register.substring(1) + "0000", String.format(Locale.ROOT, "BE%04dXY", i),
          Rupiah.of(150_000 + 25_000L * (i % 5)), Rupiah.of(1_000), "SIM"));
    }
  }

  /** The tilang form: the register number of the visitor's case. */
  private static Map<String, String> tilangCase(Visit visit) {
    return Map.of("nomorRegister", register(visit.visitor().index()));
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

  // ---------------------------------------------------------------- Dukcapil

  /** The MPP's access id at Dukcapil (PKS), a test value. */
  private static final String DUKCAPIL_KEY = "mpp-bandar-lampung";

  /** Its HMAC signing secret (a test value). */
  private static final String DUKCAPIL_SECRET = "rahasia-penandatanganan-dukcapil-uji";

  private static final String[] MOTHERS = {"Rohana Hasibuan", "Siti Khadijah", "Aminah Lubis",
      "Sri Wahyuni", "Nurhayati", "Fatimah Zahra", "Suminah", "Yuliana Sembiring"};

  private static final String[] KK_REASONS = {"BARU_MENIKAH", "PISAH_KK", "HILANG_RUSAK",
      "PERUBAHAN_DATA", "PINDAH_DATANG"};

  /**
   * Every visitor of the day lives in the city: the population database has a record for each,
   * whatever service they come for (made up, as the visitors are).
   */
  private static void residents(AgencySimulator simulator, List<Visitor> visitors) {
    DukcapilSimulator dukcapil = (DukcapilSimulator) simulator;
    for (Visitor v : visitors) {
      Nik nik = v.nik();
      dukcapil.addResident(new Resident(nik.value(), v.name(), nik.birthDate(SimulatedDay.DATE),
          "Bandar Lampung", MOTHERS[v.index() % MOTHERS.length],
          "Jl. Raden Intan No. " + (1 + v.index() % 120) + ", Tanjung Karang",
          nik.female() ? "PEREMPUAN" : "LAKI-LAKI",
          String.format(Locale.ROOT, "1871%s150315%04d", nik.value().substring(4, 6),
              1 + v.index() % 9_999)));
    }
  }

  /** The officer first checks the name and birth date the visitor states against the record. */
  private static IdentityCheck identityCheck(Visit visit) {
    Visitor v = visit.visitor();
    return new IdentityCheck(v.nik(), Map.of(IdentityElement.FULL_NAME, v.name(),
        IdentityElement.BIRTH_DATE, v.nik().birthDate(SimulatedDay.DATE).toString()), 80,
        "verifikasi pemohon " + visit.ticket().service().value());
  }

  /**
   * The Dukcapil form: nothing more for a KTP-el (the NIK is the applicant's), the reason for a
   * new KK, the child's name and birth date for an akta kelahiran.
   */
  private static Map<String, String> populationForm(Visit visit) {
    Visitor v = visit.visitor();
    return switch (visit.ticket().service().value()) {
      case "DUKCAPIL-KK-BARU" -> Map.of("alasanPenerbitan",
          KK_REASONS[v.index() % KK_REASONS.length]);
      case "DUKCAPIL-AKTA-LAHIR" -> Map.of("namaAnak",
          (v.index() % 2 == 0 ? "Muhammad " : "Aisyah ") + v.name().split(" ")[1],
          "tanggalLahirAnak", visit.hub().queue().today().minusDays(3 + v.index() % 50)
              .toString());
      default -> Map.of();
    };
  }

  // ---------------------------------------------------------------- Polri

  /** The MPP's OAuth client at Polri. */
  private static final String POLRI_CLIENT = "mpp-bandar-lampung";

  /** Its client secret in the simulator (a test value). */
  private static final String POLRI_SECRET = "rahasia-uji-polri";

  /** The Polresta of the city and a Polsek near the MPP. */
  private static final Set<String> POLRI_UNITS = Set.of("POLRES-BDL", "POLSEK-TKB");

  private static final String[] SKCK_PURPOSES = {"MELAMAR_PEKERJAAN", "CPNS_PNS", "PENDIDIKAN",
      "MELAMAR_PEKERJAAN", "LUAR_NEGERI", "LAINNYA"};

  /**
   * The SKCK form: the purpose and the issuing unit; the Polsek issues only for purposes other
   * than a CPNS/PNS application or going abroad, the Polres for all.
   */
  private static Map<String, String> skckForm(Visit visit) {
    int i = visit.visitor().index();
    String purpose = SKCK_PURPOSES[i % SKCK_PURPOSES.length];
    boolean polsek = i % 3 == 0 && !purpose.equals("CPNS_PNS") && !purpose.equals("LUAR_NEGERI");
    return Map.of("keperluan", purpose, "satwil", polsek ? "POLSEK-TKB" : "POLRES-BDL");
  }

  // ---------------------------------------------------------------- BPJS Ketenagakerjaan

  /** The MPP's API key at BPJS Ketenagakerjaan (a test value). */
  private static final String BPJSTK_KEY = "kunci-uji-bpjs-ketenagakerjaan";

  private static boolean claimsJht(Visitor v) {
    return v.service().value().equals("BPJSTK-KLAIM-JHT");
  }

  /** A made-up KPJ of 11 digits per visitor. */
  private static String kpj(Visitor v) {
    return String.format(Locale.ROOT, "23%09d", v.index());
  }

  /**
   * The members among the visitors of BPJS Ketenagakerjaan: everyone who claims a JHT stopped
   * working at a company some months ago; of those who register as BPU, every third was a BPU
   * member before and let it lapse.
   */
  private static void workers(AgencySimulator simulator, List<Visitor> visitors) {
    BpjsKetenagakerjaanSimulator bpjs = (BpjsKetenagakerjaanSimulator) simulator;
    for (Visitor v : visitors) {
      if (!v.entry().agency().value().equals(BpjsKetenagakerjaanSimulator.AGENCY_ID)) {
        continue;
      }
      if (claimsJht(v)) {
        bpjs.addMember(new Member(kpj(v), v.nik().value(), "PU",
            LocalDate.of(2012 + v.index() % 8, 7, 1), SimulatedDay.DATE.minusMonths(
                1 + v.index() % 6).withDayOfMonth(1).minusDays(1)));
      } else if (v.index() % 3 == 0) {
        bpjs.addMember(new Member(kpj(v), v.nik().value(), "BPU", LocalDate.of(2021, 5, 3),
            LocalDate.of(2024, 12, 31)));
      }
    }
  }

  /**
   * A JHT claim goes in as an application (KPJ, reason, the account the balance is paid to);
   * before a BPU registration the officer checks by NIK whether the visitor is a member already.
   */
  private static void bpjsKetenagakerjaan(Visit visit) {
    Visitor v = visit.visitor();
    if (claimsJht(v)) {
      CounterWork.application(x -> Map.of("kpj", kpj(v),
          "alasanKlaim", v.index() % 4 == 0 ? "PHK" : "MENGUNDURKAN_DIRI",
          "nomorRekening", String.format(Locale.ROOT, "0%012d", 381_000_000L + v.index())))
          .serve(visit);
    } else {
      CounterWork.membership(x -> MembershipQuery.byNik(v.nik(), visit.hub().queue().today()))
          .serve(visit);
    }
  }

  // ---------------------------------------------------------------- Kemenag

  /** The MPP's API key at Kemenag (a test value). */
  private static final String KEMENAG_KEY = "kunci-uji-kemenag";

  /** The KUA kecamatan serving the MPP. */
  private static final String KUA = "KUA-187101";

  /** The other partner of a marriage: a made-up NIK of the other sex from the same kecamatan. */
  private static Nik partner(Visitor v) {
    String nik = v.nik().value();
    int day = Integer.parseInt(nik.substring(6, 8));
    return Nik.parse(nik.substring(0, 6) + String.format(Locale.ROOT, "%02d%s%04d",
        day > 40 ? day - 40 : day + 40, nik.substring(8, 12), 9_000 + v.index() % 1_000));
  }

  /**
   * The kehendak nikah: both NIKs, an akad six weeks on (past the ten working days' notice, at
   * the KUA in office hours, free, or every fourth at home, with the PNBP).
   */
  private static Map<String, String> marriageForm(Visit visit) {
    Visitor v = visit.visitor();
    boolean bride = v.nik().female();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("nikCalonSuami", (bride ? partner(v) : v.nik()).value());
    form.put("nikCalonIstri", (bride ? v.nik() : partner(v)).value());
    form.put("tanggalAkad", visit.hub().queue().today().plusWeeks(6).plusDays(v.index() % 3)
        .toString());
    if (v.index() % 4 == 0) {
      form.put("jamAkad", "10:00");
      form.put("tempatAkad", "LUAR_KUA");
      form.put("alamatAkad", "Jl. Teuku Umar No. " + (1 + v.index() % 90) + ", Kedaton");
    } else {
      form.put("jamAkad", v.index() % 2 == 0 ? "09:00" : "13:00");
      form.put("tempatAkad", "KUA");
    }
    return form;
  }

  // ---------------------------------------------------------------- ATR/BPN

  /** The MPP's OAuth client at the Kantor Pertanahan. */
  private static final String ATRBPN_CLIENT = "mpp-bandar-lampung";

  /** Its client secret in the simulator (a test value). */
  private static final String ATRBPN_SECRET = "rahasia-uji-atrbpn";

  /** How many certificates of the city the land book holds; visitors bring one each in turn. */
  private static final int CERTIFICATES = 30;

  private static String certificate(int i) {
    return String.format(Locale.ROOT, "18.71.%02d.%02d.1.%05d", 1 + i % 20, 1 + i % 7, 100 + i);
  }

  private static String parcel(int i) {
    return String.format(Locale.ROOT, "1871%02d%02d%06d", 1 + i % 20, 1 + i % 7, 100 + i);
  }

  /** Hak milik certificates of the city, each with a hak tanggungan (a bank loan) on it. */
  private static void landBook(AgencySimulator simulator) {
    for (int i = 0; i < CERTIFICATES; i++) {
      ((AtrBpnSimulator) simulator).addCertificate(new Certificate(certificate(i), parcel(i),
          "HM", BigDecimal.valueOf(90 + 15L * (i % 10)), "Kantor Pertanahan Kota Bandar Lampung",
          1, false));
    }
  }

  /**
   * The berkas: the visitor's certificate and parcel; for a balik nama also the land value
   * (ZNT), from which the PNBP follows.
   */
  private static Map<String, String> landForm(Visit visit) {
    int i = visit.visitor().index() % CERTIFICATES;
    if (visit.ticket().service().value().equals("ATRBPN-BALIK-NAMA")) {
      return Map.of("nomorSertifikat", certificate(i), "nibBidang", parcel(i),
          "nilaiTanah", Long.toString(150_000_000L + 12_500_000L * (i % 12)));
    }
    return Map.of("nomorSertifikat", certificate(i), "nibBidang", parcel(i));
  }

  // ---------------------------------------------------------------- Pengadilan Agama

  /** The MPP's signing key id at the court's e-Court. */
  private static final String PA_KEY = "mpp-bandar-lampung";

  /** Its HMAC signing secret (a test value). */
  private static final String PA_SECRET = "rahasia-penandatanganan-pa-uji";

  /** Pengadilan Agama Tanjung Karang. */
  private static final String PA_COURT = "PA-TNK";

  /**
   * The permohonan (isbat nikah, dispensasi kawin: one party) with the radius of the applicant's
   * address, from which the court's panjar follows.
   */
  private static Map<String, String> caseForm(Visit visit) {
    return Map.of("radiusPemohon", Integer.toString(1 + visit.visitor().index() % 4));
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
    if (simulator instanceof KejaksaanSimulator kejaksaan) {
      return kejaksaan.applicationCount();
    }
    if (simulator instanceof DukcapilSimulator dukcapil) {
      return dukcapil.applications().size();
    }
    if (simulator instanceof PolriSkckSimulator polri) {
      return polri.registrations().size();
    }
    if (simulator instanceof BpjsKetenagakerjaanSimulator bpjs) {
      return bpjs.claims().size();
    }
    if (simulator instanceof KemenagSimulator kemenag) {
      return kemenag.registrationCount();
    }
    if (simulator instanceof AtrBpnSimulator atrBpn) {
      return atrBpn.berkasCount();
    }
    return simulator instanceof PengadilanAgamaSimulator pa ? pa.caseCount() : 0;
  }
}
