import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback port that accepts every connection and never answers, for benchmarks/quarkus.sh
 * (run as {@code java BlackHolePort.java}): prints the port, then holds every socket.
 */
public final class BlackHolePort {

  private BlackHolePort() {}

  /**
   * Runs until killed.
   *
   * @param args none
   * @throws IOException when no port is free
   */
  public static void main(String[] args) throws IOException {
    List<Socket> held = new ArrayList<>();
    try (ServerSocket server = new ServerSocket(0, 512, InetAddress.getLoopbackAddress())) {
      System.out.println(server.getLocalPort());
      System.out.flush();
      while (true) {
        held.add(server.accept());
      }
    }
  }
}
