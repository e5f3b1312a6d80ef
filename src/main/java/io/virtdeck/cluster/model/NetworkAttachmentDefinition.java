package io.virtdeck.cluster.model;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import org.jspecify.annotations.Nullable;

/** {@code k8s.cni.cncf.io/v1 NetworkAttachmentDefinition}: a port group. */
@Group("k8s.cni.cncf.io")
@Version("v1")
@Kind("NetworkAttachmentDefinition")
@Plural("network-attachment-definitions")
@Singular("network-attachment-definition")
public class NetworkAttachmentDefinition
    extends CustomResource<NetworkAttachmentDefinition.Spec, Void> implements Namespaced {

  /** {@code spec}: the CNI configuration as a JSON string. */
  public static class Spec extends Extensible {
    public @Nullable String config;
  }
}
