package io.virtdeck.alarm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.informers.ResourceEventHandler;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Acknowledgements and resets, kept in one ConfigMap in VirtDeck's namespace: one data key per
 * alarm (a hash of its id, as keys allow only a few characters) holding a small JSON object.
 * Written with a JSON merge patch of that key alone, so that replicas writing different alarms
 * never overwrite each other; read through an informer, so every replica sees every write.
 */
class AlarmStates implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(AlarmStates.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final KubernetesClient client;
  private final String namespace;
  private final String name;
  private final Map<String, AlarmState> states = new ConcurrentHashMap<>();
  private final Runnable onChange;
  private @Nullable SharedIndexInformer<ConfigMap> informer;

  AlarmStates(KubernetesClient client, String namespace, String name, Runnable onChange) {
    this.client = client;
    this.namespace = namespace;
    this.name = name;
    this.onChange = onChange;
  }

  /** Starts following the ConfigMap (absent is fine: nothing acknowledged yet). */
  void start() {
    try {
      informer =
          client
              .configMaps()
              .inNamespace(namespace)
              .withName(name)
              .inform(
                  new ResourceEventHandler<>() {
                    @Override
                    public void onAdd(ConfigMap map) {
                      read(map);
                    }

                    @Override
                    public void onUpdate(ConfigMap old, ConfigMap map) {
                      read(map);
                    }

                    @Override
                    public void onDelete(ConfigMap map, boolean unknownFinalState) {
                      states.clear();
                      onChange.run();
                    }
                  });
    } catch (KubernetesClientException e) {
      log.warn(
          "Alarm acknowledgements cannot be read from ConfigMap {}/{}: {}",
          namespace,
          name,
          e.getMessage());
    }
  }

  /** The state of {@code alarm}'s current occurrence, if a user acknowledged or reset it. */
  @Nullable AlarmState of(Alarm alarm) {
    AlarmState state = states.get(key(alarm.id()));
    return state != null
            && state.alarmId().equals(alarm.id())
            && state.since().equals(alarm.since())
        ? state
        : null;
  }

  /** Records {@code state}, creating the ConfigMap when it does not exist yet. */
  void put(AlarmState state) {
    String key = key(state.alarmId());
    String value = json(state);
    ObjectNode patch = JSON.createObjectNode();
    patch.putObject("data").put(key, value);
    try {
      client
          .configMaps()
          .inNamespace(namespace)
          .withName(name)
          .patch(PatchContext.of(PatchType.JSON_MERGE), patch.toString());
    } catch (KubernetesClientException e) {
      if (e.getCode() != 404) {
        throw e;
      }
      create(key, value, patch.toString());
    }
    states.put(key, state);
    onChange.run();
  }

  private void create(String key, String value, String patch) {
    ConfigMap map =
        new ConfigMapBuilder()
            .withNewMetadata()
            .withName(name)
            .withNamespace(namespace)
            .addToLabels("app.kubernetes.io/managed-by", "virtdeck")
            .endMetadata()
            .addToData(key, value)
            .build();
    try {
      client.configMaps().inNamespace(namespace).resource(map).create();
    } catch (KubernetesClientException e) {
      if (e.getCode() != 409) {
        throw e;
      }
      // another replica created it meanwhile: add our key to theirs
      client
          .configMaps()
          .inNamespace(namespace)
          .withName(name)
          .patch(PatchContext.of(PatchType.JSON_MERGE), patch);
    }
  }

  private void read(ConfigMap map) {
    Map<String, String> data = map.getData() == null ? Map.of() : map.getData();
    states.clear();
    data.forEach(
        (key, value) -> {
          AlarmState state = parse(value);
          if (state != null) {
            states.put(key, state);
          }
        });
    onChange.run();
  }

  static String key(String alarmId) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(alarmId.getBytes(StandardCharsets.UTF_8));
      return "alarm-" + HexFormat.of().formatHex(hash, 0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String json(AlarmState state) {
    ObjectNode node = JSON.createObjectNode();
    node.put("alarm", state.alarmId());
    node.put("state", state.kind().name());
    node.put("by", state.by());
    node.put("at", state.at().toString());
    node.put("since", state.since().toString());
    return node.toString();
  }

  static @Nullable AlarmState parse(String value) {
    try {
      JsonNode node = JSON.readTree(value);
      return new AlarmState(
          node.path("alarm").asString(),
          AlarmState.Kind.valueOf(node.path("state").asString()),
          node.path("by").asString(),
          Instant.parse(node.path("at").asString()),
          Instant.parse(node.path("since").asString()));
    } catch (RuntimeException unreadable) {
      return null; // a value someone edited by hand: ignored, not fatal
    }
  }

  @Override
  public void close() {
    if (informer != null) {
      informer.close();
    }
  }
}
