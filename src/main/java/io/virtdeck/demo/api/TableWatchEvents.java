package io.virtdeck.demo.api;

import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Watch events as kubectl asks for them: unchanged unless the Accept header wants Tables. */
final class TableWatchEvents {

  private TableWatchEvents() {}

  static UnaryOperator<String> transform(@Nullable String accept) {
    return UnaryOperator.identity();
  }
}
