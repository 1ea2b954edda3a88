package dev.docket.bench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws a steady run as a PNG line chart: throughput (jobs/s, left axis) and p99 enqueue-to-start
 * latency (ms, right axis) over time. Plain Java 2D, headless.
 */
public final class SampleChart {
    private static final int WIDTH = 960;
    private static final int HEIGHT = 440;
    private static final int LEFT = 80;
    private static final int RIGHT = 80;
    private static final int TOP = 50;
    private static final int BOTTOM = 50;
    private static final int TICKS = 5;
    private static final Color THROUGHPUT = new Color(0x1f77b4);
    private static final Color P99 = new Color(0xd62728);

    private SampleChart() {
    }

    public static void write(List<IntervalSample> samples, String title, Path file) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            // samples end a few milliseconds after each interval: round so the ticks fall on whole values
            double maxX = Math.max(1, Math.round(samples.stream().mapToDouble(IntervalSample::elapsedSec).max()
                    .orElse(1) * 10) / 10.0);
            double maxRate = niceCeiling(samples.stream().mapToDouble(IntervalSample::processPerSec).max().orElse(0));
            double maxP99 = niceCeiling(samples.stream().mapToDouble(s -> finite(s.latencyP99Ms())).max().orElse(0));
            axes(g, maxX, maxRate, maxP99);
            series(g, samples, IntervalSample::processPerSec, maxX, maxRate, THROUGHPUT);
            series(g, samples, s -> s.latencyP99Ms(), maxX, maxP99, P99);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
            g.drawString(title, LEFT, 22);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            legend(g, THROUGHPUT, "throughput (jobs/s, left)", LEFT, 40);
            legend(g, P99, "p99 enqueue-to-start (ms, right)", LEFT + 220, 40);
        } finally {
            g.dispose();
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void axes(Graphics2D g, double maxX, double maxLeft, double maxRight) {
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        FontMetrics fm = g.getFontMetrics();
        for (int i = 0; i <= TICKS; i++) {
            int y = TOP + plotH - plotH * i / TICKS;
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(LEFT, y, LEFT + plotW, y);
            g.setColor(THROUGHPUT);
            String left = label(maxLeft * i / TICKS);
            g.drawString(left, LEFT - 6 - fm.stringWidth(left), y + 4);
            g.setColor(P99);
            g.drawString(label(maxRight * i / TICKS), LEFT + plotW + 6, y + 4);
            int x = LEFT + plotW * i / TICKS;
            String sec = label(maxX * i / TICKS) + " s";
            g.setColor(Color.DARK_GRAY);
            g.drawString(sec, x - fm.stringWidth(sec) / 2, TOP + plotH + 18);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, plotW, plotH);
        g.drawString("time since measuring started", LEFT + plotW / 2 - 80, HEIGHT - 12);
    }

    private static void series(Graphics2D g, List<IntervalSample> samples, ToDoubleFunction<IntervalSample> value,
                               double maxX, double maxY, Color color) {
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        g.setColor(color);
        g.setStroke(new BasicStroke(2f));
        int prevX = -1;
        int prevY = -1;
        for (IntervalSample s : samples) {
            double v = value.applyAsDouble(s);
            if (Double.isNaN(v)) {
                prevX = -1;
                continue;
            }
            int x = LEFT + (int) Math.round(plotW * s.elapsedSec() / maxX);
            int y = TOP + plotH - (int) Math.round(plotH * Math.min(v, maxY) / maxY);
            if (prevX >= 0) {
                g.drawLine(prevX, prevY, x, y);
            }
            g.fillOval(x - 3, y - 3, 6, 6);
            prevX = x;
            prevY = y;
        }
        g.setStroke(new BasicStroke(1f));
    }

    private static void legend(Graphics2D g, Color color, String text, int x, int y) {
        g.setColor(color);
        g.fillRect(x, y - 9, 14, 10);
        g.setColor(Color.BLACK);
        g.drawString(text, x + 20, y);
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code v} (1 for nothing). */
    static double niceCeiling(double v) {
        if (!(v > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= v) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String label(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static double finite(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
