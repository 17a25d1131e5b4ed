package id.mpp.sdk.benchmarks.report;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads JMH JSON result files and prints the table of ratios SDK ÷ baseline with their errors
 * and verdicts.
 *
 * <pre>
 * java -cp benchmarks.jar id.mpp.sdk.benchmarks.report.RatioReport results.json [more.json]
 *     [--out ratios.md] [--fail-on-miss]
 * </pre>
 *
 * <p>Exit status: 0; 1 with {@code --fail-on-miss} when a goal is missed; 2 on bad arguments.
 */
public final class RatioReport {

  private RatioReport() {
  }

  /**
   * Runs the report.
   *
   * @param args the result files and options
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    List<Path> inputs = new ArrayList<>();
    Path output = null;
    boolean failOnMiss = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> {
          if (i + 1 >= args.length) {
            err.println("--out needs a file");
            return 2;
          }
          output = Path.of(args[++i]);
        }
        case "--fail-on-miss" -> failOnMiss = true;
        default -> {
          if (args[i].startsWith("--")) {
            err.println("unknown option " + args[i]);
            return 2;
          }
          inputs.add(Path.of(args[i]));
        }
      }
    }
    if (inputs.isEmpty()) {
      err.println("usage: RatioReport results.json [more.json] [--out ratios.md] [--fail-on-miss]");
      return 2;
    }
    List<BenchmarkResult> results = new ArrayList<>();
    for (Path p : inputs) {
      results.addAll(JmhJson.read(p));
    }
    RatioTable table = RatioTable.of(Comparisons.all(), results);
    String markdown = table.toMarkdown();
    out.print(markdown);
    if (output != null) {
      try {
        Files.writeString(output, markdown, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("could not write " + output, e);
      }
    }
    return failOnMiss && table.tally().get(Goal.Verdict.MISSED) > 0 ? 1 : 0;
  }
}
