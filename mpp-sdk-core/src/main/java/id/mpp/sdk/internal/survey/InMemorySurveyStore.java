package id.mpp.sdk.internal.survey;

import id.mpp.sdk.ConflictException;
import id.mpp.sdk.queue.SiteId;
import id.mpp.sdk.queue.TicketId;
import id.mpp.sdk.survey.SkmResponse;
import id.mpp.sdk.survey.SurveyStore;
import id.mpp.sdk.tracking.TrackingNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The in-memory {@link SurveyStore}: one lock per store, responses kept per site. */
public final class InMemorySurveyStore implements SurveyStore {

  private static final Comparator<SkmResponse> BY_TIME =
      Comparator.comparing(SkmResponse::answeredAt);

  private final Map<SiteId, Site> sites = new HashMap<>();

  private static final class Site {
    final List<SkmResponse> responses = new ArrayList<>();
    final Map<TicketId, SkmResponse> byTicket = new HashMap<>();
    final Map<TrackingNumber, SkmResponse> byApplication = new HashMap<>();
  }

  @Override
  public synchronized void insert(SiteId site, SkmResponse response) {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(response, "response");
    Site s = sites.computeIfAbsent(site, k -> new Site());
    if (response.ticketId() != null && s.byTicket.containsKey(response.ticketId())) {
      throw new ConflictException(DUPLICATE,
          "this ticket already has an SKM response; a visit is rated once");
    }
    if (response.trackingNumber() != null
        && s.byApplication.containsKey(response.trackingNumber())) {
      throw new ConflictException(DUPLICATE,
          "this application already has an SKM response; a visit is rated once");
    }
    s.responses.add(response);
    if (response.ticketId() != null) {
      s.byTicket.put(response.ticketId(), response);
    }
    if (response.trackingNumber() != null) {
      s.byApplication.put(response.trackingNumber(), response);
    }
  }

  @Override
  public synchronized Optional<SkmResponse> findByTicket(SiteId site, TicketId ticketId) {
    Site s = sites.get(site);
    return s == null ? Optional.empty() : Optional.ofNullable(s.byTicket.get(ticketId));
  }

  @Override
  public synchronized Optional<SkmResponse> findByApplication(SiteId site,
      TrackingNumber trackingNumber) {
    Site s = sites.get(site);
    return s == null ? Optional.empty() : Optional.ofNullable(s.byApplication.get(trackingNumber));
  }

  @Override
  public synchronized List<SkmResponse> list(SiteId site, Instant fromInclusive,
      Instant toExclusive) {
    Site s = sites.get(site);
    if (s == null) {
      return List.of();
    }
    return s.responses.stream()
        .filter(r -> !r.answeredAt().isBefore(fromInclusive) && r.answeredAt().isBefore(toExclusive))
        .sorted(BY_TIME)
        .toList();
  }
}
