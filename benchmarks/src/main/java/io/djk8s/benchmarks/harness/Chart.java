package io.djk8s.benchmarks.harness;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * Draws the black-hole and storm results with XChart into one PNG: time to answer with a hung
 * database, and, under a probe storm, throughput and database sessions per 1000 requests.
 */
final class Chart {

  private static final int WIDTH = 520;
  private static final int HEIGHT = 420;
  private static final Color OURS = new Color(0x2E7D32);
  private static final Color SMALLRYE = new Color(0xC62828);

  private Chart() {}

  static void write(BlackHoleScenario.Result blackHole, StormScenario.Result storm, Path png)
      throws IOException {
    CategoryChart hung =
        chart(
            "Black-holed database: time to answer",
            "ms (SmallRye capped at the client's " + blackHole.clientTimeout().toSeconds() + " s)");
    hung.addSeries(
            "djk8s /readyz",
            List.of("p50", "p99"),
            List.of(round(blackHole.ourMillis(50)), round(blackHole.ourMillis(99))))
        .setFillColor(OURS);
    hung.addSeries(
            "SmallRye /health/ready",
            List.of("p50", "p99"),
            List.of(round(blackHole.smallRyeMillis(50)), round(blackHole.smallRyeMillis(99))))
        .setFillColor(SMALLRYE);

    CategoryChart throughput =
        chart("Probe storm (" + StormScenario.CONNECTIONS + " clients): throughput", "requests/s");
    throughput
        .addSeries("djk8s /readyz", List.of("requests/s"), List.of(round(storm.rps()[0])))
        .setFillColor(OURS);
    throughput
        .addSeries("SmallRye /health/ready", List.of("requests/s"), List.of(round(storm.rps()[1])))
        .setFillColor(SMALLRYE);

    CategoryChart sessions =
        chart("Probe storm: work done by PostgreSQL", "database sessions per 1000 requests");
    sessions
        .addSeries(
            "djk8s /readyz: " + round(storm.sessionsPerThousand()[0]),
            List.of("sessions"),
            List.of(round(storm.sessionsPerThousand()[0])))
        .setFillColor(OURS);
    sessions
        .addSeries(
            "SmallRye /health/ready: " + round(storm.sessionsPerThousand()[1]),
            List.of("sessions"),
            List.of(round(storm.sessionsPerThousand()[1])))
        .setFillColor(SMALLRYE);

    List<CategoryChart> charts = List.of(hung, throughput, sessions);
    BufferedImage image =
        new BufferedImage(WIDTH * charts.size(), HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      for (int i = 0; i < charts.size(); i++) {
        graphics.drawImage(BitmapEncoder.getBufferedImage(charts.get(i)), i * WIDTH, 0, null);
      }
    } finally {
      graphics.dispose();
    }
    ImageIO.write(image, "png", png.toFile());
  }

  private static long round(double value) {
    return Math.round(value);
  }

  private static CategoryChart chart(String title, String yTitle) {
    CategoryChart chart =
        new CategoryChartBuilder()
            .width(WIDTH)
            .height(HEIGHT)
            .title(title)
            .yAxisTitle(yTitle)
            .build();
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setLabelsVisible(true);
    return chart;
  }
}
