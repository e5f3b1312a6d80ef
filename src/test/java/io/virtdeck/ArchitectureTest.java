package io.virtdeck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering VirtDeck keeps: views over feature services over cluster access. */
@AnalyzeClasses(packages = "io.virtdeck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule uiNeverTouchesFabric8 =
      noClasses()
          .that()
          .resideInAnyPackage("io.virtdeck.ui..", "io.virtdeck.*.ui..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.fabric8..")
          .because("views work with vSphere-shaped rows, never with Kubernetes objects");

  @ArchTest
  static final ArchRule clusterAccessKnowsNoVaadin =
      noClasses()
          .that()
          .resideInAPackage("io.virtdeck.cluster..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.vaadin..");

  @ArchTest
  static final ArchRule featureServicesKnowNoViews =
      noClasses()
          .that()
          .resideInAPackage("io.virtdeck.vm")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.vaadin..");

  @ArchTest
  static final ArchRule nothingAsksWhetherItTalksToTheDemo =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.virtdeck.demo..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.virtdeck.demo..")
          .because("the demo cluster is a cluster like any other");

  @ArchTest
  static final ArchRule featuresHaveNoCycles =
      slices().matching("io.virtdeck.(*)..").should().beFreeOfCycles();
}
