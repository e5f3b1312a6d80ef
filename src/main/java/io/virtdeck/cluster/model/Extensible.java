package io.virtdeck.cluster.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Base of every partial model: fields VirtDeck does not model are kept here and written back as
 * they were, so that no round trip loses a user's data. The map is made on the first such field:
 * most parts of a VM have none, and an empty map in each of the many parts the caches of a large
 * cluster hold would be heap allocated and copied by the GC while the lists arrive.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class Extensible {

  private @Nullable Map<String, @Nullable Object> additionalProperties;

  /** The fields not modelled, in the order read; read-only (empty when there are none). */
  @JsonAnyGetter
  public Map<String, @Nullable Object> getAdditionalProperties() {
    return additionalProperties == null
        ? Map.of()
        : Collections.unmodifiableMap(additionalProperties);
  }

  @JsonAnySetter
  public void setAdditionalProperty(String name, @Nullable Object value) {
    if (additionalProperties == null) {
      additionalProperties = new LinkedHashMap<>();
    }
    additionalProperties.put(name, value);
  }
}
