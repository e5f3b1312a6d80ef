package io.virtdeck;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.virtdeck.cluster.ClusterCaches;

/**
 * The architecture VirtDeck keeps: views over feature services over the cluster access layer, no
 * cycles between any two packages, Vaadin only where pages are drawn.
 */
@AnalyzeClasses(packages = "io.virtdeck", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String VIEWS = "io.virtdeck..ui..";

  @ArchTest
  static final ArchRule viewsNeverTouchKubernetesObjects =
      noClasses()
          .that()
          .resideInAPackage(VIEWS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.fabric8..", "io.virtdeck.cluster.model..", "io.virtdeck.cluster.internal..")
          .orShould()
          .dependOnClassesThat()
          .belongToAnyOf(ClusterCaches.class)
          .because(
              "views work with vSphere-shaped rows from feature services, which filter the shared"
                  + " caches by the user's scope; never with Kubernetes objects");

  @ArchTest
  static final ArchRule featureServicesKnowNoViews =
      noClasses()
          .that()
          .resideOutsideOfPackage(VIEWS)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(VIEWS)
          .because("a feature's services serve any view; views find them, not the other way");

  @ArchTest
  static final ArchRule vaadinOnlyWherePagesAreDrawn =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              VIEWS, "io.virtdeck", "io.virtdeck.security..", "io.virtdeck.metrics..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.vaadin..")
          .because("Vaadin belongs to views, the application shell, sign-in and UI metrics");

  @ArchTest
  static final ArchRule onlyClusterUsesItsInternals =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.virtdeck.cluster", "io.virtdeck.cluster.internal")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.virtdeck.cluster.internal..")
          .because("the client's plumbing is cluster's own; everything else reads its caches");

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
  static final ArchRule noPackageCycles =
      slices().matching("io.virtdeck.(**)").should().beFreeOfCycles();
}
