package id.deskpilkada.platform.application.tps;

import id.deskpilkada.platform.application.Access;
import id.deskpilkada.platform.application.AuditLog;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.platform.domain.region.IndonesianTimeZone;
import id.deskpilkada.platform.domain.region.Region;
import id.deskpilkada.platform.domain.region.RegionLevel;
import id.deskpilkada.platform.domain.tps.InvalidTpsException;
import id.deskpilkada.platform.domain.tps.Tps;
import id.deskpilkada.platform.domain.tps.TpsDetails;
import id.deskpilkada.platform.domain.tps.TpsKey;
import id.deskpilkada.platform.domain.tps.TpsProblem;
import id.deskpilkada.platform.domain.tps.TpsRules;
import id.deskpilkada.platform.domain.tps.TpsStatus;
import id.deskpilkada.platform.events.EventPublisher;
import id.deskpilkada.platform.events.platform.TpsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * TPS within the caller's jurisdiction: every role reads, only ADMIN changes. Lists page in the database in
 * key order over the {@code (village_code, tps_number)} index, so they stay fast at ~435,000 TPS. Each single
 * change is audited and published as {@code platform.TpsChanged} in the same transaction.
 */
@ApplicationScoped
@Transactional
public class TpsService {

    /** EclipseLink's switch for binding query values as JDBC parameters (named here, not imported). */
    private static final String INLINE_PARAMETERS_HINT = "eclipselink.jdbc.bind-parameters";

    /** The largest page a caller gets, whatever it asks for. */
    public static final int MAX_PAGE = 500;

    /** Codes per {@code IN (…)} list: well under every database's parameter limit. */
    private static final int IN_CHUNK = 1_000;

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    AuditLog audit;

    @Inject
    EventPublisher events;

    private final Clock clock = Clock.systemUTC();

    /** One page of the filtered list, by village code and number. */
    public List<TpsView> page(TpsFilter filter, int first, int max) {
        access.requireAnyRole(Role.values());
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("Bad page: first " + first + ", max " + max);
        }
        List<Tps> rows = TpsCriteria.of(access.scope(), filter)
                .query(em, "select t from Tps t", " order by t.villageCode, t.number", Tps.class)
                .setFirstResult(first)
                .setMaxResults(Math.min(max, MAX_PAGE))
                .getResultList();
        Map<String, String> names = villageNames(rows.stream().map(Tps::villageCode).distinct().toList());
        return rows.stream().map(t -> view(t, names.get(t.villageCode()))).toList();
    }

    /** How many TPS the filtered list holds, and their voters; one aggregate query. */
    public TpsTotals totals(TpsFilter filter) {
        access.requireAnyRole(Role.values());
        Object[] row = TpsCriteria.of(access.scope(), filter)
                .query(em, "select count(t), sum(t.voters) from Tps t", "", Object[].class)
                .getSingleResult();
        return new TpsTotals(((Number) row[0]).longValue(), row[1] == null ? 0 : ((Number) row[1]).longValue());
    }

    /**
     * Active TPS and voters per child of a region ({@code ""}: per province; a province: per kab/kota; …; a
     * kecamatan: per desa/kelurahan), within the caller's jurisdiction, in code order; children without TPS
     * are left out. One grouped query over the village-code range.
     */
    public List<RegionTotals> totalsByChild(String regionCode) {
        access.requireAnyRole(Role.values());
        String code = regionCode == null ? "" : regionCode.strip();
        int childLength = childCodeLength(code);
        String child = "substring(t.villageCode, 1, " + childLength + ")";
        return TpsCriteria.of(access.scope(), TpsFilter.activeUnder(code))
                .query(em, "select " + child + ", count(t), sum(t.voters) from Tps t",
                        " group by " + child + " order by " + child, Object[].class)
                // EclipseLink binds the substring's numbers as parameters, and PostgreSQL then no longer sees
                // the selected expression as the grouped one; inline them (all values are checked codes)
                .setHint(INLINE_PARAMETERS_HINT, "false")
                .getResultStream()
                .map(row -> new RegionTotals((String) row[0], ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue()))
                .toList();
    }

    /** Length of the codes one level below: 53 → 53.71 (5), 53.71 → 53.71.01 (8), 53.71.01 → 13. */
    static int childCodeLength(String regionCode) {
        return switch (regionCode.length()) {
            case 0 -> 2;
            case 2 -> 5;
            case 5 -> 8;
            case 8 -> 13;
            default -> throw new IllegalArgumentException("A desa/kelurahan has no child regions: " + regionCode);
        };
    }

    public Optional<TpsView> find(String villageCode, int number) {
        access.requireAnyRole(Role.values());
        access.requireWithinScope(villageCode);
        return stored(villageCode, number).map(this::view);
    }

    /**
     * The active TPS of these villages, those of the caller's jurisdiction only: one query per
     * {@value #IN_CHUNK} villages for an import that names many TPS, instead of one look-up per row.
     */
    public Set<TpsKey> activeIn(Collection<String> villageCodes) {
        access.requireAnyRole(Role.values());
        List<String> villages = villageCodes.stream().filter(TpsRules::isVillageCode)
                .filter(access.scope()::covers).distinct().toList();
        Set<TpsKey> active = new HashSet<>();
        for (int from = 0; from < villages.size(); from += IN_CHUNK) {
            em.createQuery("select t.villageCode, t.number from Tps t where t.status = :active"
                            + " and t.villageCode in :villages", Object[].class)
                    .setParameter("active", TpsStatus.AKTIF)
                    .setParameter("villages", villages.subList(from, Math.min(villages.size(), from + IN_CHUNK)))
                    .getResultStream()
                    .forEach(row -> active.add(new TpsKey((String) row[0], ((Number) row[1]).intValue())));
        }
        return active;
    }

    /**
     * A new TPS; a removed one with the same village and number comes back with the new values.
     *
     * @throws InvalidTpsException for broken rules, an unknown village or a number already in use
     */
    public TpsView create(TpsInput input) {
        access.requireAnyRole(Role.ADMIN);
        TpsDetails details = input.toDetails();
        access.requireWithinScope(details.villageCode());
        requireVillage(details.villageCode());
        LocalDateTime now = now();
        Optional<Tps> existing = stored(details.villageCode(), details.number());
        if (existing.isPresent() && existing.get().status() == TpsStatus.AKTIF) {
            throw new InvalidTpsException(TpsProblem.Kind.DUPLICATE_NUMBER, details.key().toString());
        }
        if (existing.isPresent()) {
            Tps tps = existing.get();
            TpsState before = TpsState.of(tps);
            tps.restore(details, now);
            return changed(tps, "RESTORED", before);
        }
        Tps tps = new Tps(UUID.randomUUID(), details, now);
        em.persist(tps);
        return changed(tps, "CREATED", null);
    }

    /** New values for a TPS (a removed one stays removed); empty when there is no such TPS. */
    public Optional<TpsView> update(String villageCode, int number, TpsInput input) {
        access.requireAnyRole(Role.ADMIN);
        access.requireWithinScope(villageCode);
        TpsDetails details = input.at(villageCode, number).toDetails();
        return stored(villageCode, number).map(tps -> {
            if (tps.details().equals(details) && !tps.synthetic()) {
                return view(tps);
            }
            TpsState before = TpsState.of(tps);
            tps.change(details, now());
            return changed(tps, "UPDATED", before);
        });
    }

    /** Soft delete: the TPS stays, marked DIHAPUS. Empty when there is no such TPS. */
    public Optional<TpsView> remove(String villageCode, int number) {
        access.requireAnyRole(Role.ADMIN);
        access.requireWithinScope(villageCode);
        return stored(villageCode, number).map(tps -> {
            if (tps.status() == TpsStatus.DIHAPUS) {
                return view(tps);
            }
            TpsState before = TpsState.of(tps);
            tps.remove(now());
            return changed(tps, "REMOVED", before);
        });
    }

    private TpsView changed(Tps tps, String change, TpsState before) {
        audit.record("tps." + change.toLowerCase(Locale.ROOT), "tps", tps.key().toString(),
                tps.villageCode(), before, TpsState.of(tps));
        events.publish(new TpsChanged(tps.villageCode(), tps.id(), tps.number(), tps.voters(), tps.status().name(),
                change));
        return view(tps);
    }

    private void requireVillage(String code) {
        Region region = em.find(Region.class, code);
        if (region == null || region.level() != RegionLevel.DESA_KELURAHAN) {
            throw new InvalidTpsException(TpsProblem.Kind.UNKNOWN_VILLAGE, code);
        }
    }

    private Optional<Tps> stored(String villageCode, int number) {
        if (!TpsRules.isVillageCode(villageCode)) {
            return Optional.empty();
        }
        return em.createQuery("select t from Tps t where t.villageCode = :v and t.number = :n", Tps.class)
                .setParameter("v", villageCode)
                .setParameter("n", number)
                .getResultStream().findFirst();
    }

    private Map<String, String> villageNames(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            em.createQuery("select r.code, r.name from Region r where r.code in :codes", Object[].class)
                    .setParameter("codes", codes)
                    .getResultStream()
                    .forEach(row -> names.put((String) row[0], (String) row[1]));
        }
        return names;
    }

    private TpsView view(Tps tps) {
        return view(tps, villageNames(List.of(tps.villageCode())).get(tps.villageCode()));
    }

    static TpsView view(Tps tps, String villageName) {
        IndonesianTimeZone zone = IndonesianTimeZone.forRegion(tps.villageCode());
        return new TpsView(tps.id(), tps.villageCode(), villageName, tps.number(), TpsRules.label(tps.number()),
                tps.voters(), tps.address(), tps.latitude(), tps.longitude(), tps.status().name(), tps.synthetic(),
                tps.updatedAt().atOffset(ZoneOffset.UTC).atZoneSameInstant(zone.zone()).toOffsetDateTime(),
                zone.name());
    }

    /** Microseconds, as the databases keep them, so that what a change returns is what a later read shows. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
