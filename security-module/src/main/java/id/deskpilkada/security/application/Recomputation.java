package id.deskpilkada.security.application;

import id.deskpilkada.security.domain.DeploymentGap;
import java.util.List;

/**
 * The outcome of "compute": the plan, the gaps of the Polres and Polda regions in it, how many of them were
 * announced now (new or changed) and how many announced before have closed.
 */
public record Recomputation(RegionDeployment plan, List<DeploymentGap> gaps, int announced, int closed) {
}
