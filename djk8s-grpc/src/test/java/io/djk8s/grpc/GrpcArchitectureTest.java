package io.djk8s.grpc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Only io.djk8s.grpc.cdi may use CDI; the rest runs in a plain Java application. */
@AnalyzeClasses(packages = "io.djk8s.grpc", importOptions = ImportOption.DoNotIncludeTests.class)
class GrpcArchitectureTest {

  @ArchTest
  static final ArchRule onlyTheCdiPackageUsesJakarta =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.djk8s.grpc.cdi..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta..", "org.eclipse.microprofile..")
          .because("djk8s-grpc's core-only classes must load without CDI on the class path");

  @ArchTest
  static final ArchRule nothingCallsIntoTheCdiPackage =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.djk8s.grpc.cdi..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.djk8s.grpc.cdi..");
}
