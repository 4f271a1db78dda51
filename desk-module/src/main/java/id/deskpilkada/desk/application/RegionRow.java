package id.deskpilkada.desk.application;

import id.deskpilkada.desk.domain.RegionFigures;

/** A region with its name and figures: the region a dashboard shows, or one of its children. */
public record RegionRow(String regionCode, String name, RegionFigures figures) {
}
