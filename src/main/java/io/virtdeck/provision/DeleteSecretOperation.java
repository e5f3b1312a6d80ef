package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import io.virtdeck.task.Operation;
import io.virtdeck.task.Outcome;
import java.util.List;

/**
 * Deletes the Secret a VM's cloud-init read (its user's password or keys). VirtDeck keeps no cache
 * of Secrets (it never reads them): the API server's answer is the result.
 */
public final class DeleteSecretOperation implements Operation {

  private final ResourceKey secret;

  DeleteSecretOperation(ResourceKey secret) {
    this.secret = secret;
  }

  @Override
  public String titleKey() {
    return "task.delete_secret";
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
  public AccessRequest access() {
    return new AccessRequest("delete", "", "secrets", "", secret.namespace(), secret.name());
  }

  @Override
  public ApiCall call() {
    return DeleteCommands.delete(secret, "Secret");
  }

  @Override
  public List<String> commands() {
    return DeleteCommands.commands(secret, "Secret");
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
