package id.mpp.sdk.testkit.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The routes of an agency simulator, declared in {@link AgencySimulator#defineRoutes(Routes)}.
 * A request whose method and path match no route is <em>unmatched</em>: it gets a 404 and fails
 * the test.
 *
 * <pre>{@code
 * routes.post("/antreanrs/antrean/add", this::addBooking)
 *       .get("/vclaim-rest/Peserta/nik/[0-9]+/tglSEP/[0-9-]+", this::participantByNik);
 * }</pre>
 */
public final class Routes {

  /** One declared route. */
  record Definition(String method, String pathRegex, Route route) {

    String name() {
      return method + " " + pathRegex;
    }
  }

  private final List<Definition> definitions = new ArrayList<>();

  Routes() {}

  /**
   * Declares a route.
   *
   * @param method the HTTP method
   * @param pathRegex a regular expression the whole path (without query) must match
   * @param route the handler
   * @return this
   */
  public Routes route(String method, String pathRegex, Route route) {
    Objects.requireNonNull(method, "method");
    Pattern.compile(Objects.requireNonNull(pathRegex, "pathRegex"));
    definitions.add(new Definition(method.toUpperCase(Locale.ROOT), pathRegex,
        Objects.requireNonNull(route, "route")));
    return this;
  }

  /**
   * Declares a GET route.
   *
   * @param pathRegex the path pattern
   * @param route the handler
   * @return this
   */
  public Routes get(String pathRegex, Route route) {
    return route("GET", pathRegex, route);
  }

  /**
   * Declares a POST route.
   *
   * @param pathRegex the path pattern
   * @param route the handler
   * @return this
   */
  public Routes post(String pathRegex, Route route) {
    return route("POST", pathRegex, route);
  }

  /**
   * Declares a PUT route.
   *
   * @param pathRegex the path pattern
   * @param route the handler
   * @return this
   */
  public Routes put(String pathRegex, Route route) {
    return route("PUT", pathRegex, route);
  }

  /**
   * Declares a DELETE route.
   *
   * @param pathRegex the path pattern
   * @param route the handler
   * @return this
   */
  public Routes delete(String pathRegex, Route route) {
    return route("DELETE", pathRegex, route);
  }

  List<Definition> definitions() {
    return List.copyOf(definitions);
  }
}
