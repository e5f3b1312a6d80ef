package io.virtdeck.rvtools.export;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One column of an exported sheet: its RVTools heading, where its value comes from in KubeVirt (for
 * the README and the curious), and the value of one line: a String, a Number, a Boolean (written
 * True/False as RVTools does), an Instant, or null for an empty cell.
 */
public record Column<T>(String heading, String source, Function<T, @Nullable Object> value) {}
