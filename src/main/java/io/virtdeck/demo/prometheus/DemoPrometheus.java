package io.virtdeck.demo.prometheus;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo cluster's Prometheus-compatible API on 127.0.0.1 (Vert.x, like the demo API server):
 * synthetic KubeVirt VM series for the demo's running VMs, computed on demand, and a few alerts.
 * Queries are evaluated on worker threads, never on the event loop.
 */
public final class DemoPrometheus implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DemoPrometheus.class);
  private static final String HOST = "127.0.0.1";

  private final Vertx vertx;
  private final HttpServer server;
  private final WatchedObjects objects;

  private DemoPrometheus(Vertx vertx, HttpServer server, WatchedObjects objects) {
    this.vertx = vertx;
    this.server = server;
    this.objects = objects;
  }

  /**
   * Starts watching the demo cluster through {@code client} (its own unrestricted client) and
   * serves on {@code port} (0: a free port).
   */
  public static DemoPrometheus start(KubernetesClient client, int port, Clock clock) {
    WatchedObjects objects = WatchedObjects.start(client);
    var api = new PrometheusApi(objects, new DemoAlerts(objects, clock.instant()), clock);
    Vertx vertx = Vertx.vertx();
    try {
      HttpServer server =
          await(
              vertx
                  .createHttpServer(new HttpServerOptions().setHost(HOST).setPort(port))
                  .requestHandler(request -> serve(vertx, api, request))
                  .listen());
      var prometheus = new DemoPrometheus(vertx, server, objects);
      LOG.info("Demo Prometheus API listening on {}", prometheus.url());
      return prometheus;
    } catch (RuntimeException e) {
      objects.close();
      await(vertx.close());
      throw e;
    }
  }

  private static void serve(Vertx vertx, PrometheusApi api, HttpServerRequest request) {
    if (request.method() == HttpMethod.POST) {
      request.setExpectMultipart(true);
    }
    request.endHandler(
        done ->
            vertx
                .executeBlocking(
                    () ->
                        api.handle(
                            java.util.Objects.requireNonNullElse(request.path(), "/"),
                            name -> {
                              String value = request.getParam(name);
                              return value != null ? value : request.getFormAttribute(name);
                            }),
                    false)
                .onComplete(
                    answer -> {
                      var response = request.response();
                      if (answer.failed()) {
                        response
                            .setStatusCode(500)
                            .end(
                                PromJson.error(
                                    "internal", String.valueOf(answer.cause().getMessage())));
                        return;
                      }
                      response
                          .setStatusCode(answer.result().status())
                          .putHeader("Content-Type", "application/json")
                          .end(answer.result().json());
                    }));
  }

  /** The base URL, for example {@code http://127.0.0.1:41235}. */
  public String url() {
    return "http://" + HOST + ":" + server.actualPort();
  }

  @Override
  public void close() {
    try {
      objects.close();
    } finally {
      await(vertx.close());
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("the demo Prometheus failed: " + e.getMessage(), e);
    }
  }
}
