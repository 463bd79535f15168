package org.ecosystemmap.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.ecosystemmap.benchmarks.scenario.Scenario;
import org.ecosystemmap.benchmarks.scenario.SystemUnderTest;

/**
 * The results as a PNG drawn with Java 2D (headless): requests per second on the mix by number of clients,
 * and the p50 of every scenario at 8 clients (or the nearest measured), one bar per system.
 */
final class Chart {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 520;
    private static final Color[] COLOURS = {new Color(0x888888), new Color(0x1f77b4), new Color(0xd62728)};

    private Chart() {
    }

    static void write(BenchmarkResults results, Path file) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        var clients = results.runs().stream().map(QueryRun::clients).distinct().sorted().toList();
        int focus = clients.contains(8) ? 8 : clients.isEmpty() ? 1 : clients.getLast();
        panel(g, 40, "Mix: requests per second (higher is better)", clients.stream().map(c -> c + " client" + (c == 1 ? "" : "s")).toList(),
                clients.stream().map(c -> (Object) c).toList(), results, Scenario.MIX, QueryRun::rps, true);
        var scenarios = Arrays.stream(Scenario.values()).map(Scenario::label).toList();
        panel(g, 620, "p50 in ms at " + focus + " client" + (focus == 1 ? "" : "s") + " (lower is better)", scenarios,
                scenarios.stream().map(s -> (Object) s).toList(), results, String.valueOf(focus), QueryRun::p50Ms, false);
        legend(g);
        g.dispose();
        try {
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One bar chart. With {@code byClients} the groups are client counts and the scenario is fixed; otherwise
     * the groups are scenarios and {@code fixed} is the client count.
     */
    private static void panel(Graphics2D g, int left, String title, List<String> labels, List<Object> groups, BenchmarkResults results,
            String fixed, ToDoubleFunction<QueryRun> value, boolean byClients) {
        int top = 60;
        int width = 540;
        int height = 360;
        var systems = SystemUnderTest.values();
        double[][] values = new double[groups.size()][systems.length];
        double max = 0;
        for (int i = 0; i < groups.size(); i++) {
            for (int s = 0; s < systems.length; s++) {
                var group = groups.get(i);
                var system = systems[s].label();
                values[i][s] = results.runs().stream()
                        .filter(r -> r.system().equals(system))
                        .filter(r -> byClients ? r.scenario().equals(fixed) && r.clients() == (int) group
                                : r.scenario().equals(group) && r.clients() == Integer.parseInt(fixed))
                        .mapToDouble(value).findFirst().orElse(0);
                max = Math.max(max, values[i][s]);
            }
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(title, left, top - 25);
        g.setStroke(new BasicStroke(1));
        g.drawLine(left, top + height, left + width, top + height);
        g.drawLine(left, top, left, top + height);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        int groupWidth = width / Math.max(1, groups.size());
        int barWidth = Math.max(4, (groupWidth - 16) / systems.length);
        for (int i = 0; i < groups.size(); i++) {
            int x0 = left + i * groupWidth + 8;
            for (int s = 0; s < systems.length; s++) {
                int barHeight = max == 0 ? 0 : (int) Math.round(values[i][s] / max * (height - 20));
                g.setColor(COLOURS[s]);
                g.fillRect(x0 + s * barWidth, top + height - barHeight, barWidth - 2, barHeight);
                g.setColor(Color.DARK_GRAY);
                if (values[i][s] > 0) {
                    var text = values[i][s] >= 100 ? "%.0f".formatted(values[i][s]) : "%.1f".formatted(values[i][s]);
                    g.drawString(text, x0 + s * barWidth, top + height - barHeight - 3);
                }
            }
            g.setColor(Color.BLACK);
            g.drawString(labels.get(i), x0, top + height + 16);
        }
    }

    private static void legend(Graphics2D g) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        var systems = SystemUnderTest.values();
        for (int s = 0; s < systems.length; s++) {
            g.setColor(COLOURS[s]);
            g.fillRect(40 + s * 220, HEIGHT - 50, 16, 16);
            g.setColor(Color.BLACK);
            g.drawString(systems[s].label(), 62 + s * 220, HEIGHT - 37);
        }
    }
}
