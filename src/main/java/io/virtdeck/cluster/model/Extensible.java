package io.virtdeck.cluster.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Base of every partial model: fields VirtDeck does not model are kept here and written back as
 * they were, so that no round trip loses a user's data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class Extensible {

  private final Map<String, @Nullable Object> additionalProperties = new LinkedHashMap<>();

  @JsonAnyGetter
  public Map<String, @Nullable Object> getAdditionalProperties() {
    return additionalProperties;
  }

  @JsonAnySetter
  public void setAdditionalProperty(String name, @Nullable Object value) {
    additionalProperties.put(name, value);
  }
}
