package com.studybot.adapter.discord;

import com.studybot.core.quiz.Scoreboard;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/** A PNG of a user's quiz record: accuracy by topic (the largest topics) and accuracy per day, one above the other. */
public final class StatsChart {
    static final int WIDTH = 800;
    static final int HEIGHT = 300;
    static final int TOPICS = 8;

    private StatsChart() {}

    public static byte[] png(String name, Scoreboard board) {
        BufferedImage topics = BitmapEncoder.getBufferedImage(topicChart(name, board));
        BufferedImage days = BitmapEncoder.getBufferedImage(dayChart(board));
        var image = new BufferedImage(WIDTH, HEIGHT * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT * 2);
        g.drawImage(topics, 0, 0, null);
        g.drawImage(days, 0, HEIGHT, null);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the chart", e);
        }
        return out.toByteArray();
    }

    private static CategoryChart topicChart(String name, Scoreboard board) {
        List<Map.Entry<String, Scoreboard.TopicScore>> top = board.topics().entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Scoreboard.TopicScore> e) ->
                                -e.getValue().answered())
                        .thenComparing(Map.Entry::getKey))
                .limit(TOPICS)
                .toList();
        CategoryChart chart = new CategoryChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title(name + ": accuracy by topic")
                .yAxisTitle("% right")
                .build();
        chart.getStyler().setYAxisMax(100.0).setYAxisMin(0.0);
        chart.getStyler().setLegendVisible(false).setChartBackgroundColor(Color.WHITE);
        List<String> names =
                top.stream().map(e -> Messages.truncate(e.getKey(), 18)).toList();
        List<Double> accuracy =
                top.stream().map(e -> 100 * e.getValue().accuracy()).toList();
        chart.addSeries(
                "accuracy", names.isEmpty() ? List.of("none") : names, accuracy.isEmpty() ? List.of(0.0) : accuracy);
        return chart;
    }

    private static XYChart dayChart(Scoreboard board) {
        XYChart chart = new XYChartBuilder()
                .width(WIDTH)
                .height(HEIGHT)
                .title("Accuracy per day")
                .yAxisTitle("% right")
                .build();
        chart.getStyler().setYAxisMax(100.0).setYAxisMin(0.0);
        chart.getStyler().setDatePattern("MMM d");
        chart.getStyler().setLegendVisible(false).setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        List<Date> days = board.days().stream()
                .map(d -> Date.from(d.day().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .toList();
        List<Double> accuracy =
                board.days().stream().map(d -> 100 * d.accuracy()).toList();
        if (days.isEmpty()) {
            days = List.of(new Date(0));
            accuracy = List.of(0.0);
        }
        chart.addSeries("accuracy", days, accuracy);
        return chart;
    }
}
