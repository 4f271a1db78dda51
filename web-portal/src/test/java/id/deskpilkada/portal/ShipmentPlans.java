package id.deskpilkada.portal;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;

/** Plans shipments for a load through the logistics officer's own import (one PPS → TPS shipment per row). */
final class ShipmentPlans {

    private static final String HEADER = "number,from_kind,from_region,to_kind,to_region,to_tps,item_code,quantity,"
            + "seals,vehicle,driver,escort_needed,departure,eta\n";

    private ShipmentPlans() {
    }

    /** Shipments {@code batch-00001} … to the TPS in turn; all of the file or nothing, as the import applies it. */
    static void importPlans(URL node, String batch, List<EventLoad.Tps> places, int count) throws Exception {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= count; i++) {
            EventLoad.Tps to = places.get(i % places.size());
            csv.append(String.format("%s-%05d,PPS,%s,TPS,%s,%d,TINTA,2,,,,tidak,2026-12-05T08:00,2026-12-05T12:00%n",
                    batch, i, to.village(), to.village(), to.number()));
        }
        PortalHttpSession officer = PortalHttpSession.logIn(node, "logistik.kupang", EventLoad.PASSWORD);
        HttpResponse<String> applied = officer.post("/api/shipments/import?apply=true", "text/csv", csv.toString());
        if (applied.statusCode() != 200 || !applied.body().contains("\"applied\":true")) {
            throw new IllegalStateException("Planning " + batch + " failed: " + applied.statusCode() + " "
                    + applied.body().substring(0, Math.min(500, applied.body().length())));
        }
    }
}
