package id.mpp.sdk.internal.http;

import java.io.IOException;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Response;

/**
 * What happened on the wire during one attempt, recorded by OkHttp's event listener: whether
 * request bytes may have reached the agency (so a mutating call's outcome is unknown if it
 * fails), and whether response headers arrived.
 */
final class AttemptState {

  private volatile boolean requestStarted;
  private volatile boolean responseHeadersReceived;

  boolean requestStarted() {
    return requestStarted;
  }

  boolean responseHeadersReceived() {
    return responseHeadersReceived;
  }

  /** The OkHttp listener that fills an {@link AttemptState} carried as a request tag. */
  static final class Tracker extends EventListener {
    private final AttemptState state;

    Tracker(AttemptState state) {
      this.state = state;
    }

    @Override
    public void requestHeadersStart(Call call) {
      state.requestStarted = true;
    }

    @Override
    public void requestFailed(Call call, IOException ioe) {
      state.requestStarted = true;
    }

    @Override
    public void responseHeadersEnd(Call call, Response response) {
      state.responseHeadersReceived = true;
    }
  }
}
