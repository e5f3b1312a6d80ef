package io.virtdeck.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * Which steps of a lab are done: in order, as a class works through it. A step counts once every
 * step before it is done and its condition holds; once done it stays done (a later step may undo
 * its state: power on, then shut down). Without earlier progress, a fresh look at the cluster.
 */
public final class LabProgress {

  private LabProgress() {}

  /** The steps done now, given those done before ({@code before}, empty at the start). */
  public static List<Boolean> advance(Lab lab, LabFacts facts, List<Boolean> before) {
    List<Boolean> done = new ArrayList<>(lab.steps().size());
    boolean reached = true;
    for (int i = 0; i < lab.steps().size(); i++) {
      boolean was = i < before.size() && before.get(i);
      boolean now = was || (reached && lab.steps().get(i).condition().met(facts));
      done.add(now);
      reached = now;
    }
    return List.copyOf(done);
  }

  public static long count(List<Boolean> done) {
    return done.stream().filter(d -> d).count();
  }
}
