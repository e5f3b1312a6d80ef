package io.virtdeck.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.popover.Popover;
import io.virtdeck.glossary.Glossary.Term;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The vSphere word with its info button and the popover that explains it. */
class GlossaryTermTest extends GlossaryUiTest {

  @Test
  void showsTheVsphereWordAndAnAccessibleInfoButton() {
    GlossaryTerm term = GlossaryTerm.of(Term.SUSPEND);

    assertThat(term.term()).isEqualTo(Term.SUSPEND);
    assertThat(term.getClassNames()).contains("glossary-term");
    assertThat(term.getElement().getAttribute("data-term")).isEqualTo("suspend");
    assertThat(find(term, Span.class).get(1).getText()).isEqualTo("Suspend");

    Button info = buttonOf(term);
    assertThat(info.getClassNames()).contains("glossary-info");
    assertThat(info.getElement().getAttribute("data-term")).isEqualTo("suspend");
    assertThat(info.getAriaLabel()).contains("What is Suspend in Kubernetes?");
  }

  @Test
  void thePopoverOpensOnClickOrFocusWithTheKubernetesTermExplanationAndLink() {
    GlossaryTerm term = new GlossaryTerm(Term.POWER_ON);
    testUi.ui().add(term);

    Popover popover = popoverIn(testUi.ui());
    assertThat(popover.getTarget()).isSameAs(buttonOf(term));
    assertThat(popover.isOpenOnClick()).isTrue();
    assertThat(popover.isOpenOnFocus()).isTrue();
    assertThat(popover.getElement().getAttribute("data-term")).isEqualTo("power_on");
    assertThat(kubernetesOf(popover))
        .contains("start subresource")
        .contains("runStrategy: Always")
        .doesNotContain("`");
    assertThat(explanationOf(popover)).contains("VirtualMachineInstance");
    assertThat(linkOf(popover).getHref()).isEqualTo("glossary?term=power_on");
    assertThat(linkOf(popover).getText()).isEqualTo("Open the glossary");
  }

  @Test
  void speaksChineseInAChineseSession() {
    testUi.ui().setLocale(Locale.SIMPLIFIED_CHINESE);
    GlossaryTerm term = GlossaryTerm.of(Term.SUSPEND);
    testUi.ui().add(term);

    assertThat(find(term, Span.class).get(1).getText()).isEqualTo("挂起");
    assertThat(buttonOf(term).getAriaLabel()).contains("挂起 在 Kubernetes 中是什么？");
    assertThat(explanationOf(popoverIn(testUi.ui()))).contains("内存仍驻留在主机上");
    assertThat(linkOf(popoverIn(testUi.ui())).getText()).isEqualTo("打开术语对照表");
  }

  @Test
  void theInfoIconAloneSitsNextToAnExistingLabel() {
    Component icon = GlossaryTerm.infoIcon(Term.DATASTORE);
    Div row = new Div(new Span("Datastore"), icon);
    testUi.ui().add(row);

    assertThat(icon).isInstanceOf(Button.class);
    assertThat(icon.getClassNames()).containsExactly("glossary-info");
    assertThat(icon.getElement().getAttribute("data-term")).isEqualTo("datastore");
    assertThat(kubernetesOf(popoverIn(testUi.ui()))).contains("StorageClass");
  }

  private static Popover popoverIn(Component root) {
    return find(root, Popover.class).getFirst();
  }
}
