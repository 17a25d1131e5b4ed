package id.mpp.sdk.benchmarks.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.mpp.sdk.benchmarks.json.AgencyDtos.ApplicationPojo;
import id.mpp.sdk.benchmarks.json.AgencyDtos.ApplicationRecord;
import id.mpp.sdk.benchmarks.json.AgencyDtos.StatusPojo;
import id.mpp.sdk.benchmarks.json.AgencyDtos.StatusRecord;
import id.mpp.sdk.json.MppJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B1 (reliability.md §8): the SDK codec ({@link MppJson#defaults()}: limits, duplicate-key and
 * trailing-token checks, error translation) against one bare shared Jackson mapper (only the
 * {@code JavaTimeModule} the documents need) reading and writing the same bytes; records and
 * POJOs of ~300 B and ~2 KB. Goals: time ≤ 1.10×, allocation ≤ 1.20× (run with {@code -prof gc}),
 * record ≤ 1.30× POJO.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonBenchmark {

  private static final int INPUTS = 64;

  /** {@code 300B}: a status answer; {@code 2KB}: an application with its history. */
  @Param({"300B", "2KB"})
  public String size;

  private ObjectMapper bare;
  private MppJson sdk;
  private Class<?> recordType;
  private Class<?> pojoType;
  private byte[][] bytes;
  private Object[] records;
  private Object[] pojos;
  private int cursor;

  /** Builds the inputs and checks that both codecs produce the same bytes and values. */
  @Setup
  public void setUp() {
    bare = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
    sdk = MppJson.defaults();
    List<?> values;
    if (size.equals("300B")) {
      values = Payloads.statuses(INPUTS);
      recordType = StatusRecord.class;
      pojoType = StatusPojo.class;
    } else if (size.equals("2KB")) {
      values = Payloads.applications(INPUTS);
      recordType = ApplicationRecord.class;
      pojoType = ApplicationPojo.class;
    } else {
      throw new IllegalArgumentException("size must be 300B or 2KB");
    }
    bytes = new byte[INPUTS][];
    records = new Object[INPUTS];
    pojos = new Object[INPUTS];
    try {
      for (int i = 0; i < INPUTS; i++) {
        bytes[i] = bare.writeValueAsBytes(values.get(i));
        records[i] = bare.readValue(bytes[i], recordType);
        pojos[i] = bare.readValue(bytes[i], pojoType);
        if (!Arrays.equals(bytes[i], sdk.writeBytes(records[i]))
            || !Arrays.equals(bytes[i], sdk.writeBytes(pojos[i]))
            || !records[i].equals(sdk.read(bytes[i], recordType))
            || !Arrays.equals(bytes[i], bare.writeValueAsBytes(sdk.read(bytes[i], pojoType)))) {
          throw new IllegalStateException("the SDK and the bare mapper disagree on input " + i);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the mean size of the inputs in bytes */
  public int meanInputBytes() {
    return Arrays.stream(bytes).mapToInt(b -> b.length).sum() / bytes.length;
  }

  private int next() {
    int i = cursor;
    cursor = (i + 1) & (INPUTS - 1);
    return i;
  }

  /**
   * Baseline: the bare mapper reads a record.
   *
   * @return the value
   * @throws IOException never, the input is valid
   */
  @Benchmark
  public Object baselineReadRecord() throws IOException {
    return bare.readValue(bytes[next()], recordType);
  }

  /** @return the SDK codec reads a record */
  @Benchmark
  public Object sdkReadRecord() {
    return sdk.read(bytes[next()], recordType);
  }

  /**
   * Baseline: the bare mapper reads a POJO.
   *
   * @return the value
   * @throws IOException never, the input is valid
   */
  @Benchmark
  public Object baselineReadPojo() throws IOException {
    return bare.readValue(bytes[next()], pojoType);
  }

  /** @return the SDK codec reads a POJO */
  @Benchmark
  public Object sdkReadPojo() {
    return sdk.read(bytes[next()], pojoType);
  }

  /**
   * Baseline: the bare mapper writes a record.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] baselineWriteRecord() throws IOException {
    return bare.writeValueAsBytes(records[next()]);
  }

  /** @return the SDK codec writes a record */
  @Benchmark
  public byte[] sdkWriteRecord() {
    return sdk.writeBytes(records[next()]);
  }

  /**
   * Baseline: the bare mapper writes a POJO.
   *
   * @return the bytes
   * @throws IOException never
   */
  @Benchmark
  public byte[] baselineWritePojo() throws IOException {
    return bare.writeValueAsBytes(pojos[next()]);
  }

  /** @return the SDK codec writes a POJO */
  @Benchmark
  public byte[] sdkWritePojo() {
    return sdk.writeBytes(pojos[next()]);
  }
}
