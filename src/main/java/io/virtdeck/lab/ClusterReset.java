package io.virtdeck.lab;

/**
 * A cluster that can be put back to the inventory it started with, so that a class can begin a lab
 * again. Offered as a bean only by clusters that can (the labs never ask which cluster it is).
 */
public interface ClusterReset {

  /**
   * Deletes every object and creates the starting inventory again; returns once it is there (the
   * caches follow through their watches).
   */
  void reset();
}
