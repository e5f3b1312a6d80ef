package io.virtdeck.bench;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Map;

/**
 * What a user would otherwise run: a browser tab that lists every VM and every VM instance straight
 * from the API server and parses them (as OpenShift's VM list and most KubeVirt UIs do), joins them
 * into rows, then holds a watch on both; and, for the same window, a VirtDeck tab showing the whole
 * inventory. Each tab's time to first rows, JS heap (after a garbage collection) and main-thread
 * CPU come from Chromium itself (DevTools protocol), so the other open sessions do not count.
 */
final class PeerBaseline {

  /** Lists both kinds in pages, joins them into rows, then watches both for {@code watchMs}. */
  private static final String PEER =
      """
      async (watchMs) => {
        const t0 = performance.now();
        let first = null;
        const listAll = async (path) => {
          const items = [];
          let cont = '', rv = '';
          do {
            const r = await fetch(path + '?limit=500' + (cont ? '&continue=' + encodeURIComponent(cont) : ''));
            const body = await r.json();
            for (const item of body.items) items.push(item);
            if (first === null) first = performance.now() - t0;
            cont = body.metadata.continue || '';
            rv = body.metadata.resourceVersion;
          } while (cont);
          return {items, rv};
        };
        const vms = await listAll('/apis/kubevirt.io/v1/virtualmachines');
        const vmis = await listAll('/apis/kubevirt.io/v1/virtualmachineinstances');
        const key = o => o.metadata.namespace + '/' + o.metadata.name;
        const byKey = new Map(vmis.items.map(i => [key(i), i]));
        const rows = vms.items.map(v => {
          const i = byKey.get(key(v));
          return {name: v.metadata.name, namespace: v.metadata.namespace,
                  status: v.status?.printableStatus, node: i?.status?.nodeName,
                  ip: i?.status?.interfaces?.[0]?.ipAddress};
        });
        const all = performance.now() - t0;
        window.__peer = {vms: new Map(vms.items.map(v => [key(v), v])), vmis: byKey, rows};
        let events = 0;
        const stop = new AbortController();
        const watch = async (path, rv, store) => {
          try {
            const r = await fetch(path + '?watch=true&resourceVersion=' + rv, {signal: stop.signal});
            const reader = r.body.getReader();
            const text = new TextDecoder();
            let buffer = '';
            for (;;) {
              const {value, done} = await reader.read();
              if (done) return;
              buffer += text.decode(value, {stream: true});
              let end;
              while ((end = buffer.indexOf('\\n')) >= 0) {
                const line = buffer.slice(0, end);
                buffer = buffer.slice(end + 1);
                if (!line) continue;
                const event = JSON.parse(line);
                events++;
                if (event.type === 'DELETED') store.delete(key(event.object));
                else if (event.object?.metadata) store.set(key(event.object), event.object);
              }
            }
          } catch (aborted) { /* the window ended */ }
        };
        watch('/apis/kubevirt.io/v1/virtualmachines', vms.rv, window.__peer.vms);
        watch('/apis/kubevirt.io/v1/virtualmachineinstances', vmis.rv, window.__peer.vmis);
        await new Promise(done => setTimeout(done, watchMs));
        stop.abort();
        return {first, all, vms: vms.items.length, vmis: vmis.items.length, events};
      }
      """;

  private PeerBaseline() {}

  /** The peer's tab against the API server at {@code apiUrl}, watching for {@code window}. */
  static String peer(Page page, String apiUrl, Duration window) {
    page.navigate(apiUrl + "/api"); // the API server's own origin: its lists are same-origin
    var cdp = metrics(page);
    double cpuBefore = metric(cdp, "TaskDuration");
    @SuppressWarnings("unchecked")
    var result = (Map<String, Object>) page.evaluate(PEER, (int) window.toMillis());
    double cpu = metric(cdp, "TaskDuration") - cpuBefore;
    return "first rows %.0f ms, all %s VMs and %s instances parsed and joined %.0f ms, JS heap %.0f MiB, main-thread CPU %.1f s (lists and %s watch events in %d s)"
        .formatted(
            number(result, "first"),
            result.get("vms"),
            result.get("vmis"),
            number(result, "all"),
            heapMiB(cdp),
            cpu,
            result.get("events"),
            window.toSeconds());
  }

  /** A signed-in VirtDeck tab opening the whole inventory, then open for {@code window}. */
  static String virtdeck(Page page, String baseUrl, Duration window) throws InterruptedException {
    var cdp = metrics(page);
    double cpuBefore = metric(cdp, "TaskDuration");
    long began = System.nanoTime();
    page.navigate(baseUrl + "/");
    Sessions.waitForRows(page);
    double firstRows = (System.nanoTime() - began) / 1e6;
    Thread.sleep(window.toMillis()); // the same window of churn as the peer's watch
    double cpu = metric(cdp, "TaskDuration") - cpuBefore;
    return "first rows %.0f ms (the grid shows the whole inventory, fetching visible rows on scroll), JS heap %.0f MiB, main-thread CPU %.1f s (page and %d s of pushed changes)"
        .formatted(firstRows, heapMiB(cdp), cpu, window.toSeconds());
  }

  private static CDPSession metrics(Page page) {
    CDPSession cdp = page.context().newCDPSession(page);
    cdp.send("Performance.enable");
    return cdp;
  }

  private static double heapMiB(CDPSession cdp) {
    cdp.send("HeapProfiler.collectGarbage");
    return metric(cdp, "JSHeapUsedSize") / (1024 * 1024);
  }

  private static double metric(CDPSession cdp, String name) {
    JsonObject all = cdp.send("Performance.getMetrics");
    for (var element : all.getAsJsonArray("metrics")) {
      var metric = element.getAsJsonObject();
      if (metric.get("name").getAsString().equals(name)) {
        return metric.get("value").getAsDouble();
      }
    }
    throw new IllegalStateException("Chromium reports no metric " + name);
  }

  private static double number(Map<String, Object> result, String key) {
    return ((Number) result.get(key)).doubleValue();
  }
}
