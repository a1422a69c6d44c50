package io.djk8s;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What applications name depends on the JDK, and the routed endpoints on JAX-RS, only. */
@AnalyzeClasses(packages = "io.djk8s", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiArchitectureTest {

  @ArchTest
  static final ArchRule contractsNeedOnlyTheJdk =
      classes()
          .that()
          .resideInAPackage("io.djk8s")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("io.djk8s", "java..");

  @ArchTest
  static final ArchRule endpointsNeedOnlyJaxRsAndInject =
      classes()
          .that()
          .resideInAnyPackage("io.djk8s.resource", "io.djk8s.spi")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("io.djk8s..", "java..", "jakarta.ws.rs..", "jakarta.inject..");
}
