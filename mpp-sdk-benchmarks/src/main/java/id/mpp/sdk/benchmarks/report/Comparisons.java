package id.mpp.sdk.benchmarks.report;

import static id.mpp.sdk.benchmarks.report.Comparison.Metric.ALLOC;
import static id.mpp.sdk.benchmarks.report.Comparison.Metric.P50;
import static id.mpp.sdk.benchmarks.report.Comparison.Metric.SCORE;

import java.util.ArrayList;
import java.util.List;

/**
 * Every comparison of the benchmark suites with its goal (reliability.md §8 and issue 11). The
 * numerator is the SDK path (or a negative control), the denominator the baseline measured in
 * the same run.
 */
public final class Comparisons {

  private static final String BARE_MAPPER = "bare shared ObjectMapper";
  private static final String BARE_HV = "bare cached Hibernate Validator";
  private static final String BARE_OKHTTP = "bare shared OkHttpClient + ObjectMapper";

  private Comparisons() {
  }

  /** @return every comparison, in table order */
  public static List<Comparison> all() {
    List<Comparison> all = new ArrayList<>();
    json(all);
    validation(all);
    resilience(all);
    agencyCall(all);
    queue(all);
    return List.copyOf(all);
  }

  private static void json(List<Comparison> all) {
    for (String op : List.of("Read", "Write")) {
      for (String shape : List.of("Record", "Pojo")) {
        String what = "JSON " + op.toLowerCase() + " " + shape.toLowerCase();
        all.add(new Comparison("B1", what, "JsonBenchmark.sdk" + op + shape,
            "JsonBenchmark.baseline" + op + shape, BARE_MAPPER, SCORE, Goal.ratioAtMost(1.10)));
        all.add(new Comparison("B1", what, "JsonBenchmark.sdk" + op + shape,
            "JsonBenchmark.baseline" + op + shape, BARE_MAPPER, ALLOC, Goal.ratioAtMost(1.20)));
      }
      all.add(new Comparison("B1", "JSON " + op.toLowerCase() + " record vs POJO",
          "JsonBenchmark.sdk" + op + "Record", "JsonBenchmark.sdk" + op + "Pojo",
          "the SDK codec on the POJO twin", SCORE, Goal.ratioAtMost(1.30)));
    }
  }

  private static void resilience(List<Comparison> all) {
    String direct = "direct supplier, consumeCPU(100)";
    all.add(new Comparison("B3", "resilience stack, happy path", "ResilienceBenchmark.sdkStack",
        "ResilienceBenchmark.direct", direct, SCORE, Goal.addedAtMostMicros(1)));
    all.add(new Comparison("B3", "resilience stack, happy path",
        "ResilienceBenchmark.sdkStack4Threads", "ResilienceBenchmark.direct4Threads", direct,
        SCORE, Goal.addedAtMostMicros(1)));
    all.add(new Comparison("B3", "resilience stack vs R4j decorators",
        "ResilienceBenchmark.sdkStack", "ResilienceBenchmark.r4jDecorators",
        "R4j CircuitBreaker+Bulkhead+RateLimiter decorators, defaults", SCORE,
        Goal.ratioAtMost(1.2)));
    all.add(new Comparison("B3", "open-circuit refusal, agency client",
        "ResilienceBenchmark.sdkClientOpenCircuit", "ResilienceBenchmark.empty",
        "empty benchmark", SCORE, Goal.addedAtMostMicros(2)));
    all.add(new Comparison("B3", "open-circuit refusal, stack only",
        "ResilienceBenchmark.sdkStackOpenCircuit", "ResilienceBenchmark.empty",
        "empty benchmark", SCORE, Goal.information()));
  }

  private static void agencyCall(List<Comparison> all) {
    for (String op : List.of("Get", "Post")) {
      String what = "adapter call " + op.toUpperCase();
      all.add(new Comparison("B4", what, "AgencyCallBenchmark.sdk" + op,
          "AgencyCallBenchmark.baseline" + op, BARE_OKHTTP, P50, Goal.ratioAtMost(1.25)));
      all.add(new Comparison("B4", what, "AgencyCallBenchmark.sdk" + op,
          "AgencyCallBenchmark.baseline" + op, BARE_OKHTTP, P50, Goal.addedAtMostMicros(50)));
    }
    all.add(new Comparison("B4", "negative control: new OkHttpClient per call",
        "AgencyCallBenchmark.controlNewClientGet", "AgencyCallBenchmark.baselineGet",
        BARE_OKHTTP, P50, Goal.ratioAtLeast(2)));
  }

  private static void queue(List<Comparison> all) {
    String abq = "ArrayBlockingQueue offer + poll";
    all.add(new Comparison("B5", "in-memory ticket cycle (issue, callNext, serve, finish)",
        "QueueBenchmark.sdkTicketCycle", "QueueBenchmark.baselineAbq", abq, SCORE,
        Goal.ratioAtLeast(0.10)));
    all.add(new Comparison("B5", "in-memory ticket cycle (issue, callNext, serve, finish)",
        "QueueBenchmark.sdkTicketCycle4Threads", "QueueBenchmark.baselineAbq4Threads", abq,
        SCORE, Goal.ratioAtLeast(0.10)));
    String rawQueue = "hand-written SKIP LOCKED queue, raw JDBC";
    all.add(new Comparison("B7", "PostgreSQL ticket cycle (issue, callNext, serve, finish)",
        "PostgresQueueBenchmark.sdkTicketCycle", "PostgresQueueBenchmark.baselineRawSql",
        rawQueue, SCORE, Goal.ratioAtLeast(0.8)));
    all.add(new Comparison("B7", "PostgreSQL ticket cycle (issue, callNext, serve, finish)",
        "PostgresQueueBenchmark.sdkTicketCycle4Threads",
        "PostgresQueueBenchmark.baselineRawSql4Threads", rawQueue, SCORE,
        Goal.ratioAtLeast(0.8)));
    all.add(new Comparison("D3", "PostgreSQL ticket cycle while a REPEATABLE READ snapshot is"
        + " held", "PostgresQueueBenchmark.sdkTicketCycleWhileSnapshotHeld",
        "PostgresQueueBenchmark.sdkTicketCycle", "the same cycle with no open transaction",
        SCORE, Goal.ratioAtLeast(0.6)));
    String rawAppend = "the same UPDATE + INSERT, raw JDBC";
    all.add(new Comparison("B8", "PostgreSQL status event append", "PostgresStatusLogBenchmark"
        + ".sdkAppend", "PostgresStatusLogBenchmark.baselineRawSql", rawAppend, SCORE,
        Goal.ratioAtMost(1.3)));
    all.add(new Comparison("B8", "PostgreSQL status event append", "PostgresStatusLogBenchmark"
        + ".sdkAppend4Threads", "PostgresStatusLogBenchmark.baselineRawSql4Threads", rawAppend,
        SCORE, Goal.ratioAtMost(1.3)));
    all.add(new Comparison("B6", "status event append + read",
        "StatusLogBenchmark.sdkAppendAndRead", "StatusLogBenchmark.baselineSynchronizedList",
        "synchronized ArrayList add + copy", SCORE, Goal.ratioAtMost(3)));
  }

  private static void validation(List<Comparison> all) {
    all.add(new Comparison("B2", "validation incl. violation mapping",
        "ValidationBenchmark.sdkValidate", "ValidationBenchmark.baselineValidate", BARE_HV,
        SCORE, Goal.ratioAtMost(1.10)));
    all.add(new Comparison("B2", "validation, violations without exception",
        "ValidationBenchmark.sdkViolations", "ValidationBenchmark.baselineValidate", BARE_HV,
        SCORE, Goal.information()));
    all.add(new Comparison("B2", "bare HV vs hand-written checks",
        "ValidationBenchmark.baselineValidate", "ValidationBenchmark.handWritten",
        "hand-written checks", SCORE, Goal.information()));
    all.add(new Comparison("B2", "negative control: new factory per call",
        "ValidationBenchmark.controlNewFactoryPerCall", "ValidationBenchmark.baselineValidate",
        BARE_HV, SCORE, Goal.ratioAtLeast(100)));
  }
}
