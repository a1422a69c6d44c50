package io.djk8s.testing;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate and its key, made by {@code openssl} in a temporary directory, as PEM
 * files (for redis-server) and as Java trust and key material (for a client's trust store and an
 * {@code HttpsServer}).
 */
public final class SelfSignedCertificate implements AutoCloseable {

  private static final char[] PASSWORD = "changeit".toCharArray();

  private final Path dir;
  private final Path certificate;
  private final Path privateKey;

  private SelfSignedCertificate(Path dir) {
    this.dir = dir;
    this.certificate = dir.resolve("cert.pem");
    this.privateKey = dir.resolve("key.pem");
  }

  /**
   * Makes a certificate for the names, valid for two days.
   *
   * @param subjectAltNames for example {@code IP:127.0.0.1,DNS:localhost}
   * @return the certificate
   * @throws Exception when openssl is missing or fails
   */
  public static SelfSignedCertificate forNames(String subjectAltNames) throws Exception {
    SelfSignedCertificate made = new SelfSignedCertificate(Files.createTempDirectory("djk8s-tls-"));
    Process openssl;
    try {
      openssl =
          new ProcessBuilder(
                  List.of(
                      "openssl",
                      "req",
                      "-x509",
                      "-newkey",
                      "rsa:2048",
                      "-nodes",
                      "-keyout",
                      made.privateKey.toString(),
                      "-out",
                      made.certificate.toString(),
                      "-days",
                      "2",
                      "-subj",
                      "/CN=djk8s-test",
                      "-addext",
                      "subjectAltName=" + subjectAltNames))
              .redirectErrorStream(true)
              .redirectOutput(made.dir.resolve("openssl.log").toFile())
              .start();
    } catch (IOException e) {
      Services.missing("openssl (apt-get install openssl)");
      throw e;
    }
    if (!openssl.waitFor(60, TimeUnit.SECONDS) || openssl.exitValue() != 0) {
      throw new IllegalStateException(
          "openssl failed: " + Files.readString(made.dir.resolve("openssl.log")));
    }
    return made;
  }

  /**
   * The certificate, PEM.
   *
   * @return its file
   */
  public Path certificateFile() {
    return certificate;
  }

  /**
   * The private key, PEM (PKCS#8).
   *
   * @return its file
   */
  public Path privateKeyFile() {
    return privateKey;
  }

  private Certificate certificate() throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(certificate)) {
      return CertificateFactory.getInstance("X.509").generateCertificate(in);
    }
  }

  /**
   * A client context whose trust store holds this certificate alone.
   *
   * @return the context
   * @throws Exception when the files cannot be read
   */
  public SSLContext trustingClient() throws Exception {
    KeyStore trust = trustStore();
    TrustManagerFactory trustManagers =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trustManagers.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trustManagers.getTrustManagers(), null);
    return context;
  }

  /**
   * A server context that presents this certificate.
   *
   * @return the context
   * @throws Exception when the files cannot be read
   */
  public SSLContext server() throws Exception {
    String pem = Files.readString(privateKey);
    byte[] der =
        Base64.getMimeDecoder()
            .decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    KeyStore keys = KeyStore.getInstance("PKCS12");
    keys.load(null, null);
    keys.setKeyEntry("djk8s-test", key, PASSWORD, new Certificate[] {certificate()});
    KeyManagerFactory keyManagers =
        KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    keyManagers.init(keys, PASSWORD);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(keyManagers.getKeyManagers(), null, null);
    return context;
  }

  /**
   * A started HTTPS server on a free loopback port that presents this certificate: {@code /ok}
   * answers 200, every other path 503, both without a body.
   *
   * @return the server; stop it with {@code stop(0)}
   * @throws Exception when the port or the files cannot be had
   */
  public HttpsServer httpsServer() throws Exception {
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(server()));
    server.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(
              exchange.getRequestURI().getPath().equals("/ok") ? 200 : 503, -1);
          exchange.close();
        });
    server.start();
    return server;
  }

  /**
   * Writes a PKCS12 trust store holding this certificate alone, for {@code
   * -Djavax.net.ssl.trustStore}.
   *
   * @param file where to write it
   * @param password the store's password
   * @return {@code file}
   * @throws Exception when the files cannot be read or written
   */
  public Path trustStoreFile(Path file, char[] password) throws Exception {
    try (var out = Files.newOutputStream(file)) {
      trustStore().store(out, password);
    }
    return file;
  }

  /** A PKCS12 key store holding this certificate alone, as a trusted entry. */
  private KeyStore trustStore() throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("djk8s-test", certificate());
    return store;
  }

  @Override
  public void close() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    }
    Files.deleteIfExists(dir);
  }
}
