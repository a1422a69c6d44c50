package io.djk8s.release;

import io.djk8s.testing.Services;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A throwaway OpenPGP key in a private GnuPG home, made with Debian's {@code gnupg} for one test:
 * it signs the staged files and verifies their signatures.
 */
final class Gpg implements CentralLayout.Signatures, AutoCloseable {

  private final Path home;
  private final String fingerprint;

  private Gpg(Path home, String fingerprint) {
    this.home = home;
    this.fingerprint = fingerprint;
  }

  /** A new key without passphrase, valid one day, or the test skips (fails in CI) without gpg. */
  static Gpg throwaway(Path dir) throws IOException, InterruptedException {
    if (Processes.executable("gpg").isEmpty()) {
      Services.missing("gpg (apt-get install -y gnupg)");
    }
    Path home = Files.createDirectories(dir.resolve("gnupg"));
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
    Map<String, String> env = Map.of("GNUPGHOME", home.toString());
    Processes.run(
        List.of(
            "gpg",
            "--batch",
            "--pinentry-mode",
            "loopback",
            "--passphrase",
            "",
            "--quick-generate-key",
            "djk8s release test <release-test@djk8s.invalid>",
            "ed25519",
            "sign",
            "1d"),
        env,
        dir.resolve("gpg-generate.log"),
        60);
    String listing =
        Processes.run(
            List.of("gpg", "--batch", "--with-colons", "--list-secret-keys"),
            env,
            dir.resolve("gpg-list.log"),
            30);
    List<String> fingerprints = new ArrayList<>();
    for (String line : listing.split("\n")) {
      if (line.startsWith("fpr:")) {
        fingerprints.add(line.split(":")[9]);
      }
    }
    if (fingerprints.size() != 1) {
      throw new IllegalStateException("expected one fresh key, gpg lists:\n" + listing);
    }
    return new Gpg(home, fingerprints.get(0));
  }

  Path home() {
    return home;
  }

  String fingerprint() {
    return fingerprint;
  }

  @Override
  public boolean valid(Path file, Path signature) {
    try {
      Processes.run(
          List.of("gpg", "--batch", "--verify", signature.toString(), file.toString()),
          Map.of("GNUPGHOME", home.toString()),
          Files.createTempFile(home, "verify-", ".log"),
          30);
      return true;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Stops the gpg-agent that key generation started for this home. */
  @Override
  public void close() throws IOException {
    try {
      Processes.run(
          List.of("gpgconf", "--kill", "gpg-agent"),
          Map.of("GNUPGHOME", home.toString()),
          Files.createTempFile(home, "kill-", ".log"),
          30);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
