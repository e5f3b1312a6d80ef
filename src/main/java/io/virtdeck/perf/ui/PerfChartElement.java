package io.virtdeck.perf.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/** One chart: the uPlot element in the browser, fed compact arrays by the server. */
@Tag("vd-perf-chart")
@JsModule("./components/vd-perf-chart.js")
@NpmPackage(value = "uplot", version = "1.6.32")
class PerfChartElement extends Component {

  PerfChartElement(String id) {
    setId(id);
    getElement().getClassList().add("perf-chart");
  }

  /** Draws {@code json} (see {@link ChartJson}). */
  void show(String json) {
    getElement().callJsFunction("setData", json);
  }

  /** Whether the chart asks for a refresh every 20 s while it is visible. */
  void setLive(boolean live) {
    getElement().setAttribute("live", live);
  }

  Registration onRefresh(Runnable refresh) {
    return getElement().addEventListener("vd-refresh", event -> refresh.run());
  }
}
