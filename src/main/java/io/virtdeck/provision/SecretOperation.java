package io.virtdeck.provision;

import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;

/**
 * An operation on a VM's cloud-init Secret. VirtDeck keeps no cache of Secrets and shows none of
 * their YAML: the API server's answer is the result.
 */
abstract class SecretOperation implements Operation {

  protected final ResourceKey secret;

  SecretOperation(ResourceKey secret) {
    this.secret = secret;
  }

  @Override
  public ResourceKey target() {
    return secret;
  }

  @Override
  public String targetKind() {
    return "Secret";
  }

  @Override
  public String currentYaml() {
    return "";
  }

  @Override
  public Outcome progress() {
    return Outcome.completed();
  }
}
