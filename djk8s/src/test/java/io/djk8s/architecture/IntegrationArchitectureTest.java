package io.djk8s.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The Jakarta EE / MicroProfile integration: no package cycle, and the CDI wiring is the
 * composition root that nothing calls back into.
 */
@AnalyzeClasses(packages = "io.djk8s", importOptions = ImportOption.DoNotIncludeTests.class)
class IntegrationArchitectureTest {

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("io.djk8s.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule nothingCallsBackIntoTheCdiWiring =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.djk8s.cdi")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.djk8s.cdi")
          .because("the CDI extension builds the engine and hands it down");

  @ArchTest
  static final ArchRule noCommandLineInTheRuntimeJar =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("picocli..", "io.djk8s.cli..")
          .because("the command line lives in djk8s-cli");

  @ArchTest
  static final ArchRule metricsImplementationsStayBehindTheirSpi =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.djk8s.metrics..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.micrometer..", "org.eclipse.microprofile.metrics..")
          .because("optional metrics APIs are touched only by their sink implementations");
}
