package io.virtdeck.host;

import io.virtdeck.cluster.ResourceKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How far a host's drain has come: each VM that was on it with its state, n of m moved, since when
 * and, once every VM has left, until when. Shown on the host and as the progress of the Enter
 * Maintenance Mode task.
 */
public record DrainProgress(
    String host, List<Entry> entries, Instant started, @Nullable Instant ended) {

  /** Where one VM stands in the drain. */
  public enum State {
    QUEUED,
    MIGRATING,
    DONE,
    STOPPING,
    STOPPED,
    FAILED,
    BLOCKED;

    public String key() {
      return "host.drain." + name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean settled() {
      return this == DONE || this == STOPPED;
    }
  }

  /** One VM: its state and, for failed or blocked ones, why. */
  public record Entry(ResourceKey vm, State state, String reason) {}

  public DrainProgress {
    entries = List.copyOf(entries);
  }

  public static DrainProgress none(String host) {
    return new DrainProgress(host, List.of(), Instant.EPOCH, null);
  }

  /** From the start to the end, or to {@code now} while VMs are still leaving. */
  public Duration elapsed(Instant now) {
    return Duration.between(started, ended == null ? now : ended);
  }

  /** Whether the drain has looked at the host yet (before that, nothing is known). */
  public boolean begun() {
    return !started.equals(Instant.EPOCH);
  }

  public long moved() {
    return entries.stream().filter(e -> e.state().settled()).count();
  }

  public int total() {
    return entries.size();
  }

  public int percent() {
    return total() == 0 ? 100 : (int) (moved() * 100 / total());
  }

  /** Every VM has left the host (moved or stopped). */
  public boolean done() {
    return entries.stream().allMatch(e -> e.state().settled());
  }

  /** Nothing is moving any more and some VM failed: the drain cannot finish by itself. */
  public boolean stalled() {
    boolean moving =
        entries.stream()
            .anyMatch(
                e ->
                    e.state() == State.QUEUED
                        || e.state() == State.MIGRATING
                        || e.state() == State.STOPPING);
    return !moving && entries.stream().anyMatch(e -> e.state() == State.FAILED);
  }

  /** The VMs that hold the drain up, with their reasons: "shop/db-01: ...; ...". */
  public String blockers() {
    return entries.stream()
        .filter(e -> e.state() == State.FAILED || e.state() == State.BLOCKED)
        .map(e -> e.vm() + ": " + e.reason())
        .collect(Collectors.joining("; "));
  }
}
