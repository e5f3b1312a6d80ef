package io.virtdeck.storage;

import io.virtdeck.testing.TaskTestbed;

/** The demo cluster with the storage services wired by hand, for integration tests. */
final class StorageTestbed extends TaskTestbed {

  final StorageInventory inventory;
  final StorageOperations operations;

  StorageTestbed() {
    inventory = new StorageInventory(cluster.caches, reviews);
    operations = new StorageOperations(cluster.caches, inventory, reviews, tasks);
  }
}
