package io.djk8s.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core knows no container and its packages form no cycle. */
@AnalyzeClasses(packages = "io.djk8s.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnNoContainerApi =
      noClasses()
          .that()
          .resideInAPackage("io.djk8s.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta..",
              "javax.enterprise..",
              "javax.ws..",
              "javax.servlet..",
              "org.eclipse.microprofile..",
              "io.quarkus..",
              "io.vertx..",
              "io.grpc..",
              "picocli..")
          .because("core is plain Java and JDBC; every host builds the engine from it");

  @ArchTest
  static final ArchRule corePackagesAreFreeOfCycles =
      slices().matching("io.djk8s.core.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreKnowsNoHost =
      noClasses()
          .that()
          .resideInAPackage("io.djk8s.core..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "io.djk8s",
              "io.djk8s.core..",
              "java..",
              "javax.sql..",
              "javax.naming..",
              "javax.net..",
              "org.flywaydb..")
          .because(
              "core depends on the API, the JDK (JDBC and TLS included) and (optionally) Flyway only");
}
