package io.virtdeck.cluster.model;

/** Kinds VirtDeck caches but does not model yet: their spec and status are kept whole. */
public final class GenericStatusResources {

  private GenericStatusResources() {}

  /** A spec or status kept whole. */
  public static class Body extends Extensible {}
}
