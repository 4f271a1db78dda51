package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.deskpilkada.desk.application.RegionRow;
import id.deskpilkada.desk.domain.ActionCounts;
import id.deskpilkada.desk.domain.CategoryCounts;
import id.deskpilkada.desk.domain.IncidentCounts;
import id.deskpilkada.desk.domain.IncidentSeverity;
import id.deskpilkada.desk.domain.IncidentState;
import id.deskpilkada.desk.domain.Personnel;
import id.deskpilkada.desk.domain.Readiness;
import id.deskpilkada.desk.domain.RegionFigures;
import id.deskpilkada.desk.domain.ShipmentCounts;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's charts are valid Chart.js configurations for p:chart, whatever the region names hold. */
class DeskChartsTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static RegionRow row(String code, String name, Readiness readiness) {
        return new RegionRow(code, name, new RegionFigures(code, readiness, ShipmentCounts.NONE, IncidentCounts.NONE,
                CategoryCounts.NONE, Personnel.NONE, null, ActionCounts.NONE));
    }

    @Test
    void readinessPerChildIsAHorizontalBarWithAGapWhereNothingWasAnnounced() {
        JsonObject chart = parse(DeskCharts.readinessByChild(List.of(row("53.71", "Kota \"Kupang\"",
                new Readiness(97, 485, 500)), row("53.08", "Ende", null)), "Kesiapan"));

        assertThat(chart.getString("type")).isEqualTo("bar");
        assertThat(chart.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("Kota \"Kupang\"");
        var data = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data");
        assertThat(data.getInt(0)).isEqualTo(97);
        assertThat(data.get(1)).isEqualTo(JsonValue.NULL);
    }

    @Test
    void tpsByCategoryIsADoughnutInTheCategoriesOrder() {
        JsonObject chart = parse(DeskCharts.tpsByCategory(new CategoryCounts(12604, 580, 72, 21),
                List.of("kurang rawan", "rawan", "sangat rawan", "khusus")));

        assertThat(chart.getString("type")).isEqualTo("doughnut");
        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data")
                .getValuesAs(v -> ((jakarta.json.JsonNumber) v).longValue())).containsExactly(12604L, 580L, 72L, 21L);
    }

    @Test
    void incidentsByStateCountReportedEscalatedDoneAndRejected() {
        IncidentCounts counts = IncidentCounts.of(IncidentState.DILAPORKAN, IncidentSeverity.TINGGI, 2)
                .plus(IncidentCounts.of(IncidentState.DITOLAK, IncidentSeverity.RENDAH, 1));

        JsonObject chart = parse(DeskCharts.incidentsByState(counts, List.of("a", "b", "c", "d"), "Kejadian"));

        assertThat(chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data")
                .getValuesAs(v -> ((jakarta.json.JsonNumber) v).intValue())).containsExactly(2, 0, 0, 1);
    }
}
