package id.deskpilkada.logistics.application;

import id.deskpilkada.logistics.domain.Readiness;
import id.deskpilkada.logistics.domain.ReadinessTarget;
import id.deskpilkada.logistics.domain.VotingDay;
import id.deskpilkada.logistics.persistence.ReadinessStore;
import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.region.RegionLevel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Regions of one level below the readiness target, least ready first, with the days left to the voting day
 * (configured: {@code deskpilkada.election.voting-day}, {@code deskpilkada.logistics.readiness-target}). Read
 * from the readiness read model by level and scope, a page at a time.
 */
@ApplicationScoped
@Transactional
public class RegionsBelowTarget {

    /** Code length of each level (the read model keeps it per row). */
    private static final Map<RegionLevel, Integer> CODE_LENGTHS = Map.of(RegionLevel.PROVINSI, 2,
            RegionLevel.KABUPATEN_KOTA, 5, RegionLevel.KECAMATAN, 8, RegionLevel.DESA_KELURAHAN, 13);

    private final Clock clock = Clock.systemUTC();

    @Inject
    Access access;

    @Inject
    ReadinessStore store;

    @Inject
    @ConfigProperty(name = "deskpilkada.election.voting-day", defaultValue = "2024-11-27")
    String votingDayText;

    @Inject
    @ConfigProperty(name = "deskpilkada.logistics.readiness-target", defaultValue = "100")
    int targetPercent;

    private VotingDay votingDay;
    private ReadinessTarget target;

    /** A wrong setting fails the first request loudly instead of showing wrong days to everybody. */
    @PostConstruct
    void settings() {
        votingDay = new VotingDay(LocalDate.parse(votingDayText.strip()));
        target = new ReadinessTarget(targetPercent);
    }

    /** @param regionFilter a region the caller narrows to ("" = all of the caller's jurisdiction) */
    public List<RegionBelowTarget> page(RegionLevel level, String regionFilter, int first, int max) {
        Scope scope = scope(regionFilter);
        Instant now = clock.instant();
        return store.below(codeLength(level), scope, target.percent(), first, Math.min(max, ShipmentService.MAX_PAGE))
                .stream().map(r -> view(r, now)).toList();
    }

    public long count(RegionLevel level, String regionFilter) {
        return store.countBelow(codeLength(level), scope(regionFilter), target.percent());
    }

    public VotingDay votingDay() {
        access.requireAnyRole(ShipmentService.READERS);
        return votingDay;
    }

    public ReadinessTarget target() {
        access.requireAnyRole(ShipmentService.READERS);
        return target;
    }

    private RegionBelowTarget view(Readiness r, Instant now) {
        long days = votingDay.daysLeft(now, r.regionCode());
        return new RegionBelowTarget(r.regionCode(), r.tpsTotal(), r.tpsReady(), r.exactPercent(), target.tpsShort(r),
                days, VotingDay.label(days));
    }

    private static int codeLength(RegionLevel level) {
        return CODE_LENGTHS.get(level == null ? RegionLevel.KABUPATEN_KOTA : level);
    }

    private Scope scope(String regionFilter) {
        access.requireAnyRole(ShipmentService.READERS);
        return access.scope().narrowedTo(regionFilter);
    }
}
