package io.virtdeck.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import io.virtdeck.testing.TestUi;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * {@code virtdeck.ui.batch-window} and {@code virtdeck.ui.adaptive-batch-window} reach the views'
 * live updates through the Vaadin service; a UI without them uses the default.
 */
class BatchWindowSettingTest {

  @RegisterExtension final TestUi testUi = new TestUi();

  @Test
  void thePropertiesBindUnderVirtdeckUi() {
    var source =
        new MapConfigurationPropertySource(
            Map.of(
                "virtdeck.ui.batch-window", "50ms", "virtdeck.ui.adaptive-batch-window", "true"));

    var bound = new Binder(source).bind("virtdeck.ui", BatchWindowProperties.class).get();

    assertThat(bound.window()).isEqualTo(new BatchWindow(Duration.ofMillis(50), true));
  }

  @Test
  void virtDeckShipsTheAdaptiveWindowOfAtMost150Ms() throws java.io.IOException {
    var shipped = new java.util.Properties();
    try (var in = getClass().getResourceAsStream("/application.properties")) {
      shipped.load(java.util.Objects.requireNonNull(in));
    }

    var bound =
        new Binder(new MapConfigurationPropertySource(shipped))
            .bind("virtdeck.ui", BatchWindowProperties.class)
            .get();

    assertThat(bound.window()).isEqualTo(new BatchWindow(Duration.ofMillis(150), true));
  }

  @Test
  void theConfiguredWindowIsWhatEveryViewOfTheServiceUses() {
    var service = testUi.ui().getSession().getService();
    var context = new MapContext();
    when(service.getContext()).thenReturn(context);
    var window = new BatchWindow(Duration.ofMillis(50), true);

    new BatchWindowSetting(new BatchWindowProperties(window.max(), true))
        .serviceInit(new ServiceInitEvent(service));

    assertThat(LiveUpdates.window(testUi.ui())).isEqualTo(window);
  }

  @Test
  void aServiceWithoutTheSettingUsesTheDefault() {
    when(testUi.ui().getSession().getService().getContext()).thenReturn(new MapContext());

    assertThat(LiveUpdates.window(testUi.ui())).isEqualTo(BatchWindow.DEFAULT);
  }

  /** A servlet-less context: attributes in a map. */
  private static final class MapContext implements VaadinContext {
    private final Map<Class<?>, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public <T> T getAttribute(Class<T> type, @Nullable Supplier<T> defaultValueSupplier) {
      Object value = attributes.get(type);
      if (value == null && defaultValueSupplier != null) {
        return defaultValueSupplier.get();
      }
      return type.cast(value);
    }

    @Override
    public <T> void setAttribute(Class<T> clazz, @Nullable T value) {
      if (value == null) {
        attributes.remove(clazz);
      } else {
        attributes.put(clazz, value);
      }
    }

    @Override
    public void removeAttribute(Class<?> clazz) {
      attributes.remove(clazz);
    }

    @Override
    public Enumeration<String> getContextParameterNames() {
      return Collections.emptyEnumeration();
    }

    @Override
    public @Nullable String getContextParameter(String name) {
      return null;
    }
  }
}
