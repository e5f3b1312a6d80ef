package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.ResourceKey;
import java.util.List;

/**
 * Deletes the Secret a VM's cloud-init read (its user's password or keys). VirtDeck keeps no cache
 * of Secrets (it never reads them): the API server's answer is the result.
 */
public final class DeleteSecretOperation extends SecretOperation {

  DeleteSecretOperation(ResourceKey secret) {
    super(secret);
  }

  @Override
  public String titleKey() {
    return "task.delete_secret";
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
}
