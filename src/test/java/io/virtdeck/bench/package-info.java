/**
 * The scale benchmark (issue 5): demo cluster and VirtDeck in their own JVMs, real browser
 * sessions, every figure printed. Run with {@code src/test/bench/scale-benchmark.sh}.
 */
@NullMarked
package io.virtdeck.bench;

import org.jspecify.annotations.NullMarked;
