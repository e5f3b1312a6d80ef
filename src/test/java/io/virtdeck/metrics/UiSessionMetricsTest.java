package io.virtdeck.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.SessionDestroyListener;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.SessionInitListener;
import com.vaadin.flow.server.VaadinService;
import io.fabric8.kubernetes.client.Config;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.virtdeck.cluster.ClusterConnection;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Vaadin sessions are counted while open; the version gauge names the cluster. */
class UiSessionMetricsTest {

  @Test
  void gaugeFollowsSessionsOpeningAndClosing() throws Exception {
    var registry = new SimpleMeterRegistry();
    var metrics = new UiSessionMetrics(registry);
    VaadinService service = mock(VaadinService.class);
    metrics.serviceInit(new ServiceInitEvent(service));
    var opened = ArgumentCaptor.forClass(SessionInitListener.class);
    var closed = ArgumentCaptor.forClass(SessionDestroyListener.class);
    verify(service).addSessionInitListener(opened.capture());
    verify(service).addSessionDestroyListener(closed.capture());

    opened.getValue().sessionInit(mock(SessionInitEvent.class));
    opened.getValue().sessionInit(mock(SessionInitEvent.class));
    closed.getValue().sessionDestroy(mock(SessionDestroyEvent.class));

    assertThat(registry.get(UiSessionMetrics.SESSIONS).gauge().value()).isEqualTo(1);
  }

  @Test
  void versionGaugeNamesTheCluster() {
    var registry = new SimpleMeterRegistry();
    new VersionMetrics(new ClusterConnection("prod-dc", Config.empty())).bindTo(registry);

    assertThat(registry.get(VersionMetrics.INFO).tag("cluster", "prod-dc").gauge().value())
        .isEqualTo(1);
    assertThat(VersionMetrics.version()).isNotBlank();
  }
}
