package io.virtdeck.demo.api;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Watch events as kubectl asks for them: as one-row Tables when the Accept header wants them. */
final class TableWatchEvents {

  private TableWatchEvents() {}

  static UnaryOperator<String> transform(String requestPath, @Nullable String accept) {
    return TableOutput.wanted(accept)
        ? event -> TableOutput.event(requestPath, event)
        : UnaryOperator.identity();
  }
}
