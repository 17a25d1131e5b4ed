package id.mpp.sdk.hub;

import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.adapter.AdapterContext;
import id.mpp.sdk.adapter.AdapterDescriptor;
import id.mpp.sdk.adapter.AdapterHealth;
import id.mpp.sdk.adapter.AgencyAdapter;
import id.mpp.sdk.adapter.AgencyAdapterProvider;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.SpiVersion;
import id.mpp.sdk.adapter.StatusMapping;
import id.mpp.sdk.adapter.SubmissionReceipt;
import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.config.Setting;
import id.mpp.sdk.tracking.ApplicationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A small agency for the hub tests: takes applications into memory, reports health as the test
 * sets it, and needs one setting, {@code mpp.adapter.polri.office}.
 */
final class UjiAgencyProvider implements AgencyAdapterProvider<UjiAgencyProvider.UjiConfig> {

  static final AgencyId POLRI = AgencyId.of("polri");
  static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "DITERIMA").build();

  /** The settings. */
  record UjiConfig(
      @Setting(description = "Office code") @NotBlank @Pattern(regexp = "[A-Z]{2,8}")
      String office) {
  }

  final AtomicBoolean down = new AtomicBoolean();
  final Map<String, ApplicationSubmission> received = new LinkedHashMap<>();
  final List<Adapter> created = new java.util.ArrayList<>();

  @Override
  public AdapterDescriptor descriptor() {
    return new AdapterDescriptor(POLRI, "Polres (uji)", "1.0.0", SpiVersion.CURRENT);
  }

  @Override
  public Class<UjiConfig> configType() {
    return UjiConfig.class;
  }

  @Override
  public AgencyAdapter create(AdapterContext<UjiConfig> context) {
    Adapter adapter = new Adapter(context);
    created.add(adapter);
    return adapter;
  }

  /** The adapter. */
  final class Adapter implements AgencyAdapter, ApplicationsCapability {
    final AdapterContext<UjiConfig> context;
    boolean closed;

    Adapter(AdapterContext<UjiConfig> context) {
      this.context = context;
    }

    @Override
    public AdapterDescriptor descriptor() {
      return context.descriptor();
    }

    @Override
    public AdapterHealth health() {
      return down.get()
          ? AdapterHealth.down("Sistem Polres sedang gangguan.", "The Polres system is down.",
              context.clock().instant())
          : AdapterHealth.up(context.clock().instant());
    }

    @Override
    public synchronized SubmissionReceipt submit(ApplicationSubmission submission) {
      String reference = context.config().office() + "-" + (received.size() + 1);
      received.put(reference, submission);
      return STATUSES.receipt(reference, "DITERIMA", context.clock().instant(), null);
    }

    @Override
    public synchronized AgencyStatusReport getStatus(String agencyReference) {
      if (!received.containsKey(agencyReference)) {
        throw new NotFoundException("application", agencyReference);
      }
      return STATUSES.report(agencyReference, "DITERIMA", context.clock().instant(), null);
    }

    @Override
    public AgencyStatusReport cancel(String agencyReference, String reason,
        String idempotencyKey) {
      return getStatus(agencyReference);
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
