package io.djk8s.cli.admin;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes in the encoding of Jakarta Security's {@code Pbkdf2PasswordHash}, as Soteria's
 * {@code Pbkdf2PasswordHashImpl} writes and verifies it: {@code <algorithm>:<iterations>:<base64
 * salt>:<base64 hash>}, standard Base64 with padding, for example {@code
 * PBKDF2WithHmacSHA256:2048:<salt>:<hash>}. A {@code DatabaseIdentityStore} with {@code
 * hashAlgorithm = Pbkdf2PasswordHash.class} verifies it, reading the parameters from the string.
 */
public final class Pbkdf2Hash {

  /** Jakarta Security's default algorithm. */
  public static final String DEFAULT_ALGORITHM = "PBKDF2WithHmacSHA256";

  /** Jakarta Security's default iteration count. */
  public static final int DEFAULT_ITERATIONS = 2048;

  /** Jakarta Security's default salt and key size, in bytes. */
  public static final int DEFAULT_SIZE_BYTES = 32;

  private final String algorithm;
  private final int iterations;
  private final SecureRandom random;

  /**
   * A hasher.
   *
   * @param algorithm one of {@code PBKDF2WithHmacSHA224/256/384/512}
   * @param iterations at least 1024, as Jakarta Security demands
   * @param random the salt source
   */
  public Pbkdf2Hash(String algorithm, int iterations, SecureRandom random) {
    if (!algorithm.matches("PBKDF2WithHmacSHA(224|256|384|512)")) {
      throw new IllegalArgumentException(
          "hash algorithm '" + algorithm + "' is not one Pbkdf2PasswordHash supports");
    }
    if (iterations < 1024) {
      throw new IllegalArgumentException(
          "hash iterations " + iterations + ": Pbkdf2PasswordHash needs at least 1024");
    }
    this.algorithm = algorithm;
    this.iterations = iterations;
    this.random = random;
  }

  /**
   * Hashes a password with a new random salt.
   *
   * @param password the password; not kept
   * @return the encoded hash
   */
  public String generate(char[] password) {
    byte[] salt = new byte[DEFAULT_SIZE_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, algorithm, iterations, DEFAULT_SIZE_BYTES);
    Base64.Encoder base64 = Base64.getEncoder();
    return algorithm
        + ":"
        + iterations
        + ":"
        + base64.encodeToString(salt)
        + ":"
        + base64.encodeToString(hash);
  }

  /**
   * Checks a password against an encoded hash, as {@code Pbkdf2PasswordHash.verify} does.
   *
   * @param password the password
   * @param encoded the stored hash
   * @return whether they match
   */
  public static boolean verify(char[] password, String encoded) {
    String[] parts = encoded.split(":");
    if (parts.length != 4) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[2]);
    byte[] expected = Base64.getDecoder().decode(parts[3]);
    byte[] actual = derive(password, salt, parts[0], Integer.parseInt(parts[1]), expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  private static byte[] derive(
      char[] password, byte[] salt, String algorithm, int iterations, int bytes) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
    try {
      return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot compute " + algorithm, e);
    } finally {
      spec.clearPassword();
    }
  }

  @Override
  public String toString() {
    return "Pbkdf2Hash[" + algorithm + ", " + iterations + " iterations]";
  }
}
