package id.deskpilkada.security.application;

import java.util.List;

/**
 * The deployment plan of a region and of the regions directly below it, under the active pattern. TPS without
 * a category are planned as kurang rawan; {@code region.tps().unclassified()} says how many.
 */
public record RegionDeployment(DeploymentRow region, List<DeploymentRow> children, String patternName,
                               int tniPerKecamatan) {
}
