package org.ordercycle.notebook;

import java.awt.image.BufferedImage;
import java.util.Collection;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.common.Image;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.knowm.xchart.BitmapEncoder;
import org.ordercycle.report.chart.ChartFiles;
import org.ordercycle.report.chart.NamedChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * What notebooks use to show things. A cell's last expression is shown by itself; {@link
 * #display(Object...)} shows values in the middle of a cell, or several charts at once. Images
 * ({@link java.awt.image.RenderedImage}) and XChart charts appear as PNG, collections one element
 * after the other, a {@link NamedChart} as its chart, anything else as its {@code toString()}.
 */
public final class Display {
    private Display() {
    }

    /** Shows each value (each element of a collection) as an output of the running cell. */
    public static void display(Object... values) {
        for (Object value : values) {
            if (value instanceof Collection<?> many) {
                many.forEach(Display::display);
            } else if (kernelRunning()) {
                BaseKernel kernel = BaseKernel.notebookKernel();
                kernel.display(kernel.getRenderer().render(value == null ? "null" : value));
            } else {
                System.out.println(value);
            }
        }
    }

    /** A chart drawn as an image, the size its styler says. */
    public static BufferedImage image(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    /**
     * Teaches a kernel's renderer to draw XChart charts and the report layer's named charts as PNG
     * (images it knows already), with their title as the text form.
     */
    static void register(Renderer renderer) {
        renderer.createRegistration(Chart.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register((chart, context) -> {
                    Image.renderImage(image(chart), context);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> "chart: " + chart.getTitle());
                });
        renderer.createRegistration(NamedChart.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register((chart, context) -> {
                    Image.renderImage(ChartFiles.image(chart), context);
                    context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> "chart: " + chart.title());
                });
    }

    private static boolean kernelRunning() {
        try {
            BaseKernel.notebookKernel();
            return true;
        } catch (NullPointerException e) {
            return false;
        }
    }
}
