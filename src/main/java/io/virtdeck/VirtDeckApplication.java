package io.virtdeck;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** VirtDeck: a vCenter-like console for KubeVirt. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/virtdeck.css")
public class VirtDeckApplication implements AppShellConfigurator {

  public static void main(String[] args) {
    SpringApplication.run(VirtDeckApplication.class, args);
  }

  @Override
  public void configurePage(AppShellSettings settings) {
    settings.setPageTitle("VirtDeck");
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
