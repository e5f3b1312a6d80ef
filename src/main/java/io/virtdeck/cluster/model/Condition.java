package io.virtdeck.cluster.model;

import org.jspecify.annotations.Nullable;

/** A status condition as KubeVirt and CDI report them. */
public class Condition extends Extensible {
  public @Nullable String type;
  public @Nullable String status;
  public @Nullable String reason;
  public @Nullable String message;
  public @Nullable String lastTransitionTime;

  public boolean holds() {
    return "True".equalsIgnoreCase(status);
  }
}
