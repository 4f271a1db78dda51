package id.deskpilkada.logistics.domain;

import java.util.Locale;
import java.util.Set;

/** Which incident types put the delivery of election material at risk. */
public final class DistributionThreat {

    private static final Set<String> THREATENING = Set.of("bencana", "konflik_massa", "gangguan_distribusi");

    private DistributionThreat() {
    }

    public static boolean threatensDistribution(String incidentType) {
        return incidentType != null && THREATENING.contains(incidentType.strip().toLowerCase(Locale.ROOT));
    }
}
