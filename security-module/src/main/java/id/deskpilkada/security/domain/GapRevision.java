package id.deskpilkada.security.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a recomputed plan changes in the gaps announced before: a gap is announced again only when it is new or
 * its figures moved, so that a planner pressing "compute" twice does not flood the other desks; a gap that has
 * closed is forgotten, so that it is announced afresh if it opens again.
 *
 * @param toPublish gaps that are new or differ from the last announcement of their region and force
 * @param closed    gaps announced before that are no longer there
 */
public record GapRevision(List<DeploymentGap> toPublish, List<DeploymentGap> closed) {

    public static GapRevision of(Collection<DeploymentGap> lastPublished, Collection<DeploymentGap> current) {
        Map<String, DeploymentGap> before = lastPublished.stream()
                .collect(Collectors.toMap(GapRevision::key, Function.identity()));
        Map<String, DeploymentGap> now = current.stream()
                .collect(Collectors.toMap(GapRevision::key, Function.identity()));
        List<DeploymentGap> toPublish = new ArrayList<>();
        for (DeploymentGap gap : current) {
            if (!gap.equals(before.get(key(gap)))) {
                toPublish.add(gap);
            }
        }
        List<DeploymentGap> closed = lastPublished.stream().filter(g -> !now.containsKey(key(g))).toList();
        return new GapRevision(List.copyOf(toPublish), closed);
    }

    private static String key(DeploymentGap gap) {
        return gap.regionCode() + "/" + gap.force();
    }
}
