package id.mpp.sdk.queue;

import id.mpp.sdk.catalogue.AgencyId;
import id.mpp.sdk.catalogue.ServiceCode;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The KPIs of one service over a period, counted per journey step (a visitor who comes to the
 * service twice in a journey counts twice). Waiting time runs from entering the queue to the
 * first call; serving time from arrival at the counter to the end of the step.
 *
 * @param service the service
 * @param agency its agency
 * @param arrivals steps that entered the service's queue
 * @param arrivalsPerHour arrivals by hour of the day, hours without arrivals left out
 * @param served steps served to the end
 * @param noShows steps that ended as no-show
 * @param cancelled steps cancelled
 * @param expired steps expired
 * @param transferred steps that left by transfer
 * @param waitP50 median waiting time of called steps; {@code null} when none
 * @param waitP90 90th-percentile waiting time; {@code null} when none
 * @param serveP50 median serving time of served steps; {@code null} when none
 * @param serveP90 90th-percentile serving time; {@code null} when none
 * @param noShowRate no-shows ÷ (served + no-shows), 0 when both are 0
 * @param withinTargetWait share of called steps whose waiting time was within the target
 * @param withinTargetServe share of served steps whose serving time was within the target
 */
public record ServiceKpis(
    ServiceCode service,
    AgencyId agency,
    int arrivals,
    List<HourCount> arrivalsPerHour,
    int served,
    int noShows,
    int cancelled,
    int expired,
    int transferred,
    Duration waitP50,
    Duration waitP90,
    Duration serveP50,
    Duration serveP90,
    double noShowRate,
    double withinTargetWait,
    double withinTargetServe) {

  /** Checks the required parts and copies the hours. */
  public ServiceKpis {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(agency, "agency");
    arrivalsPerHour = List.copyOf(arrivalsPerHour);
  }
}
