package io.virtdeck.demo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** Each open watch is handed every change, whatever another watch does with it. */
class IsolatedWatchesTest {

  @Test
  void aWatchThatFailsItsSendDoesNotKeepTheChangeFromTheWatchesAfterIt() {
    var watches = new IsolatedWatches();
    watches.addAll(List.of("first", "closing", "broken", "last"));
    List<Object> sent = new ArrayList<>();

    watches.forEach(
        watch -> {
          if (watch.equals("closing")) {
            throw new RejectedExecutionException("sender shut down");
          }
          if (watch.equals("broken")) {
            throw new IllegalStateException("socket gone");
          }
          sent.add(watch);
        });

    assertThat(sent).containsExactly("first", "last");
  }
}
