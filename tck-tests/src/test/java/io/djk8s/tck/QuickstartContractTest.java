package io.djk8s.tck;

/** The contract on the embedded quickstart, launched from its jar: part of every build. */
class QuickstartContractTest extends ServerContractTests {

  @Override
  AppServer server() {
    return new QuickstartServer();
  }
}
