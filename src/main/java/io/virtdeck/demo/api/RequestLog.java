package io.virtdeck.demo.api;

import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayDeque;
import java.util.List;

/** The last {@link #CAPACITY} requests the demo API received, oldest first. Thread-safe. */
final class RequestLog {

  static final int CAPACITY = 2000;

  private final ArrayDeque<DemoApiServer.ReceivedRequest> entries = new ArrayDeque<>();

  void record(RecordedRequest request, String body, int responseCode) {
    var user = request.getHeader(Impersonation.USER);
    var token = Impersonation.bearerToken(request);
    var entry =
        new DemoApiServer.ReceivedRequest(
            request.getMethod(),
            request.getPath() == null ? "/" : request.getPath(),
            user == null || user.isEmpty() ? null : user,
            Impersonation.groups(request),
            token != null,
            token,
            body,
            responseCode);
    synchronized (entries) {
      if (entries.size() == CAPACITY) {
        entries.removeFirst();
      }
      entries.addLast(entry);
    }
  }

  List<DemoApiServer.ReceivedRequest> snapshot() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }
}
