package id.mpp.sdk.tracking;

import id.mpp.sdk.NotFoundException;
import id.mpp.sdk.adapter.AgencyStatusReport;
import id.mpp.sdk.adapter.ApplicationSubmission;
import id.mpp.sdk.adapter.ApplicationsCapability;
import id.mpp.sdk.adapter.StatusMapping;
import id.mpp.sdk.adapter.SubmissionReceipt;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An agency back-end in memory, for engine tests: it honours idempotency keys (a repeat under a
 * key returns the first receipt and creates nothing), keeps native statuses, counts every call and
 * can be told to fail the next calls. Thread-safe.
 */
public final class SimulatedAgency implements ApplicationsCapability {

  /** How this agency's native statuses map to canonical ones. */
  public static final StatusMapping STATUSES = StatusMapping.builder()
      .map(ApplicationStatus.RECEIVED, "DITERIMA")
      .map(ApplicationStatus.IN_PROCESS, "PROSES")
      .map(ApplicationStatus.NEEDS_REVISION, "BERKAS_KURANG")
      .map(ApplicationStatus.READY_FOR_PICKUP, "SIAP_AMBIL")
      .map(ApplicationStatus.COMPLETED, "SELESAI")
      .map(ApplicationStatus.REJECTED, "DITOLAK")
      .map(ApplicationStatus.CANCELLED, "BATAL")
      .build();

  private final Clock clock;
  private final Map<String, SubmissionReceipt> byKey = new LinkedHashMap<>();
  private final Map<String, String> nativeStatus = new LinkedHashMap<>();
  private final List<String> submitKeys = new ArrayList<>();
  private final List<String> cancelKeys = new ArrayList<>();
  private final Deque<Supplier<RuntimeException>> submitFaults = new ArrayDeque<>();
  private final Deque<Supplier<RuntimeException>> statusFaults = new ArrayDeque<>();
  private int statusCalls;
  private boolean actBeforeFault;

  /**
   * Creates the agency.
   *
   * @param clock the hub's clock, for receipt times
   */
  public SimulatedAgency(Clock clock) {
    this.clock = clock;
  }

  /**
   * Makes the next submit calls fail, in order.
   *
   * @param fault makes the exception to throw
   * @param times how many calls
   * @return this agency
   */
  public synchronized SimulatedAgency failNextSubmits(Supplier<RuntimeException> fault,
      int times) {
    for (int i = 0; i < times; i++) {
      submitFaults.add(fault);
    }
    return this;
  }

  /**
   * Makes the agency create the application before failing (a response lost on the way back).
   *
   * @return this agency
   */
  public synchronized SimulatedAgency actBeforeFailing() {
    this.actBeforeFault = true;
    return this;
  }

  /**
   * Makes the next status calls fail, in order.
   *
   * @param fault makes the exception to throw
   * @param times how many calls
   * @return this agency
   */
  public synchronized SimulatedAgency failNextStatusCalls(Supplier<RuntimeException> fault,
      int times) {
    for (int i = 0; i < times; i++) {
      statusFaults.add(fault);
    }
    return this;
  }

  @Override
  public synchronized SubmissionReceipt submit(ApplicationSubmission submission) {
    submitKeys.add(submission.idempotencyKey());
    Supplier<RuntimeException> fault = submitFaults.poll();
    if (fault != null && !actBeforeFault) {
      throw fault.get();
    }
    SubmissionReceipt receipt = byKey.computeIfAbsent(submission.idempotencyKey(), k -> {
      String reference = "SKCK/2026/" + String.format("%05d", byKey.size() + 1);
      nativeStatus.put(reference, "DITERIMA");
      return STATUSES.receipt(reference, "DITERIMA", clock.instant(), null);
    });
    if (fault != null) {
      throw fault.get();
    }
    return receipt;
  }

  @Override
  public synchronized AgencyStatusReport getStatus(String agencyReference) {
    statusCalls++;
    Supplier<RuntimeException> fault = statusFaults.poll();
    if (fault != null) {
      throw fault.get();
    }
    String status = nativeStatus.get(agencyReference);
    if (status == null) {
      throw new NotFoundException("application", agencyReference);
    }
    return STATUSES.report(agencyReference, status, clock.instant(), null);
  }

  @Override
  public synchronized AgencyStatusReport cancel(String agencyReference, String reason,
      String idempotencyKey) {
    cancelKeys.add(idempotencyKey);
    if (!nativeStatus.containsKey(agencyReference)) {
      throw new NotFoundException("application", agencyReference);
    }
    nativeStatus.put(agencyReference, "BATAL");
    return STATUSES.report(agencyReference, "BATAL", clock.instant(), null);
  }

  /**
   * Sets an application's native status, as the agency's officers would.
   *
   * @param agencyReference the reference
   * @param status the native status
   */
  public synchronized void setStatus(String agencyReference, String status) {
    nativeStatus.put(agencyReference, status);
  }

  /** @return the idempotency key of every submit call, in order */
  public synchronized List<String> submitKeys() {
    return List.copyOf(submitKeys);
  }

  /** @return the idempotency key of every cancel call, in order */
  public synchronized List<String> cancelKeys() {
    return List.copyOf(cancelKeys);
  }

  /** @return how many applications the agency holds (side effects) */
  public synchronized int applicationsCreated() {
    return byKey.size();
  }

  /** @return how many status calls were made */
  public synchronized int statusCalls() {
    return statusCalls;
  }
}
