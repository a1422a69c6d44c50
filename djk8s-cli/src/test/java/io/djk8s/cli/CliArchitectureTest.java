package io.djk8s.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command line builds on core alone and its packages form no cycle. */
@AnalyzeClasses(packages = "io.djk8s.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("io.djk8s.cli.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noContainerApi =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.enterprise..",
              "jakarta.ws..",
              "jakarta.servlet..",
              "org.eclipse.microprofile.health..")
          .because("the command line runs without a container");
}
