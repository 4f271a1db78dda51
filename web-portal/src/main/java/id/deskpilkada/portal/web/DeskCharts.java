package id.deskpilkada.portal.web;

import id.deskpilkada.desk.application.RegionRow;
import id.deskpilkada.desk.domain.CategoryCounts;
import id.deskpilkada.desk.domain.IncidentCounts;
import id.deskpilkada.platform.events.JsonProviders;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard's charts as Chart.js configurations for PrimeFaces' {@code p:chart} (PrimeFaces 15 takes the
 * configuration as JSON, its Java chart models are gone), written with JSON-P so that names with quotes stay
 * valid JSON. Labels come translated from the page.
 */
final class DeskCharts {

    /** Kerawanan colours as the security pages tag them: success, warning, danger, info. */
    static final List<String> CATEGORY_COLOURS = List.of("#22c55e", "#f59e0b", "#ef4444", "#3b82f6");
    static final List<String> INCIDENT_COLOURS = List.of("#f59e0b", "#ef4444", "#22c55e", "#9ca3af");
    private static final JsonProvider JSON = JsonProviders.SHARED;
    private static final String READINESS_COLOUR = "#8b1a1a";

    private DeskCharts() {
    }

    /**
     * Readiness in percent per child region, horizontal bars so that 38 province names stay readable; a child
     * logistics announced nothing for has no bar.
     */
    static String readinessByChild(List<RegionRow> children, String seriesLabel) {
        JsonArrayBuilder values = JSON.createArrayBuilder();
        children.forEach(c -> {
            if (c.figures().readiness() == null) {
                values.addNull();
            } else {
                values.add(c.figures().readiness().percent());
            }
        });
        JsonObject percentAxis = JSON.createObjectBuilder().add("min", 0).add("max", 100).build();
        return chart("bar", labels(children, RegionRow::name),
                JSON.createArrayBuilder().add(dataset(seriesLabel, values).add("backgroundColor", READINESS_COLOUR)),
                JSON.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder().add("x", percentAxis))
                        .add("plugins", noLegend()));
    }

    /** TPS per kerawanan category. */
    static String tpsByCategory(CategoryCounts counts, List<String> categoryLabels) {
        JsonArrayBuilder values = JSON.createArrayBuilder().add(counts.kurangRawan()).add(counts.rawan())
                .add(counts.sangatRawan()).add(counts.khusus());
        return chart("doughnut", JSON.createArrayBuilder(categoryLabels),
                JSON.createArrayBuilder().add(dataset("TPS", values)
                        .add("backgroundColor", JSON.createArrayBuilder(CATEGORY_COLOURS))),
                JSON.createObjectBuilder().add("maintainAspectRatio", false));
    }

    /** Incidents by what the desk knows of them: reported, escalated, done, rejected. */
    static String incidentsByState(IncidentCounts counts, List<String> stateLabels, String seriesLabel) {
        JsonArrayBuilder values = JSON.createArrayBuilder().add(counts.reported()).add(counts.escalated())
                .add(counts.done()).add(counts.rejected());
        JsonObject wholeNumbers = JSON.createObjectBuilder().add("beginAtZero", true)
                .add("ticks", JSON.createObjectBuilder().add("precision", 0)).build();
        return chart("bar", JSON.createArrayBuilder(stateLabels),
                JSON.createArrayBuilder().add(dataset(seriesLabel, values)
                        .add("backgroundColor", JSON.createArrayBuilder(INCIDENT_COLOURS))),
                JSON.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder().add("y", wholeNumbers)).add("plugins", noLegend()));
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets,
                                JsonObjectBuilder options) {
        return JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values) {
        return JSON.createObjectBuilder().add("label", label).add("data", values);
    }

    private static JsonObjectBuilder noLegend() {
        return JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", false));
    }

    private static <T> JsonArrayBuilder labels(List<T> items, Function<T, String> label) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        items.forEach(i -> labels.add(label.apply(i)));
        return labels;
    }
}
