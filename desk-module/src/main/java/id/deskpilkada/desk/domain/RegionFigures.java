package id.deskpilkada.desk.domain;

/**
 * Everything the dashboard shows of one region, from the read model: readiness (null until logistics announced
 * the region), shipments, incidents, TPS per kerawanan category and personnel (summed from the kab/kota within; at
 * a kecamatan or desa, which security does not announce, the zero figures), the vulnerability index (null where
 * none is computed: the nation, kecamatan, desa) and action items.
 */
public record RegionFigures(String regionCode, Readiness readiness, ShipmentCounts shipments,
                           IncidentCounts incidents, CategoryCounts vulnerability, Personnel personnel,
                           IndexScore index, ActionCounts actions) {
}
