package io.virtdeck.provision;

import io.virtdeck.cluster.AccessRequest;
import io.virtdeck.cluster.ApiCall;
import io.virtdeck.cluster.JsonPatch;
import io.virtdeck.cluster.ResourceKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates the Secret with a new VM's cloud-init. What is shown (Recent Tasks, teaching mode) has
 * its data masked: the password and keys are sent, never displayed. VirtDeck keeps no cache of
 * Secrets: the API server's answer is the result.
 */
public final class CreateSecretOperation extends SecretOperation {

  static final String MASK = "(cloud-config with the password and keys, not shown)";

  private final Map<String, Object> manifest;

  CreateSecretOperation(ResourceKey secret, Map<String, Object> manifest) {
    super(secret);
    this.manifest = manifest;
  }

  /** The manifest as shown: its data replaced by a note. */
  public Map<String, Object> shownManifest() {
    Map<String, Object> shown = new LinkedHashMap<>(manifest);
    shown.put("stringData", Map.of("userdata", MASK));
    return shown;
  }

  @Override
  public String titleKey() {
    return "task.create_secret";
  }

  @Override
  public AccessRequest access() {
    return new AccessRequest("create", "", "secrets", "", secret.namespace(), "");
  }

  private static String path(ResourceKey secret) {
    return "/api/v1/namespaces/%s/secrets".formatted(secret.namespace());
  }

  @Override
  public ApiCall call() {
    return ApiCall.post(path(secret), JsonPatch.json(manifest));
  }

  @Override
  public ApiCall shownCall() {
    return ApiCall.post(path(secret), JsonPatch.json(shownManifest()));
  }

  @Override
  public List<String> commands() {
    return List.of(ProvisionCommands.createCommand(shownManifest()));
  }
}
