package io.virtdeck.cluster.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.kubernetes.model.jackson.Jackson2JdkTypesModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapping of VirtDeck's own client: fabric8's default, except that {@code
 * metadata.managedFields} is skipped while parsing instead of being built into objects and then
 * dropped by {@link TrimmingItemStore}. On a real cluster it is often half of an object's JSON; at
 * 45,000 VMs it was a large share of the informers' start-up parsing. VirtDeck never reads it and
 * never writes whole objects back (changes are patches), so nothing is lost; {@code kubectl get -o
 * yaml} hides it too.
 */
public final class LeanSerialization {

  @JsonIgnoreProperties("managedFields")
  private abstract static class WithoutManagedFields {}

  private LeanSerialization() {}

  public static KubernetesSerialization create() {
    return new KubernetesSerialization(
        JsonMapper.builderWithJackson2Defaults()
            .addModule(new Jackson2JdkTypesModule()) // as fabric8's default mapping
            .addMixIn(ObjectMeta.class, WithoutManagedFields.class)
            .build(),
        true);
  }
}
