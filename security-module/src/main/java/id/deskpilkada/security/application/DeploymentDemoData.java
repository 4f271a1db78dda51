package id.deskpilkada.security.application;

import id.deskpilkada.platform.application.ModuleDemoData;
import id.deskpilkada.platform.application.agency.AgencyFilter;
import id.deskpilkada.platform.application.agency.AgencyService;
import id.deskpilkada.platform.application.agency.AgencySummary;
import id.deskpilkada.platform.domain.Scope;
import id.deskpilkada.platform.domain.agency.AgencyType;
import id.deskpilkada.security.domain.PersonnelNeed;
import id.deskpilkada.security.domain.UnitKind;
import id.deskpilkada.security.domain.VulnerabilityCategory;
import id.deskpilkada.security.persistence.RosterRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Demo rosters for NTT (53) and Jambi (15) with the strengths reported in 2024 — Polresta Jambi 1,026 personnel
 * of whom 328 at TPS, Kodim 0415/Jambi 165 plus 200 standby, Linmas for 943 TPS in Kota Jambi, 28,508 personnel
 * in NTT altogether — and the other units sized to the plan of their kab/kota, a few of them short so that the
 * plan shows gaps. Teams of Polsek Kelapa Lima and Polresta Jambi are assigned, and the plan is computed once
 * (announcing the gaps). Works whether or not the TPS are classified yet.
 */
@ApplicationScoped
public class DeploymentDemoData implements ModuleDemoData {

    private static final Logger LOG = Logger.getLogger(DeploymentDemoData.class.getName());

    /** Personnel of all forces in NTT, available and standby, as Polda NTT reported it on 26 Nov 2024. */
    static final int NTT_PERSONNEL = 28_508;
    static final int JAMBI_LINMAS_TPS = 943;
    private static final Set<String> NTT_SHORT_OF_POLRI = Set.of("53.08", "53.13");
    private static final Set<String> NTT_SHORT_OF_LINMAS = Set.of("53.05", "53.18", "53.20");
    private static final int POLDA_NTT_AVAILABLE = 500;

    @Inject
    RosterRepository rosterRepository;

    @Inject
    Roster roster;

    @Inject
    TeamAssignments teams;

    @Inject
    StaffingPatterns patterns;

    @Inject
    DeploymentPlanning planning;

    @Inject
    AgencyService agencies;

    @Override
    @Transactional
    public void loadIfEmpty() {
        if (rosterRepository.count(Scope.NATIONAL) > 0) {
            return;
        }
        patterns.create(new PatternDraft("Pola siaga tinggi (contoh)", 5, List.of(
                new RuleDraft(VulnerabilityCategory.KURANG_RAWAN, 2, 4, 8),
                new RuleDraft(VulnerabilityCategory.RAWAN, 3, 2, 4),
                new RuleDraft(VulnerabilityCategory.SANGAT_RAWAN, 3, 1, 2),
                new RuleDraft(VulnerabilityCategory.KHUSUS, 2, 1, 2))));
        jambi();
        ntt();
        int announced = planning.recompute("15").announced() + planning.recompute("53").announced();
        LOG.info(() -> "Demo deployment loaded: rosters of Jambi and NTT (" + NTT_PERSONNEL + " personnel), "
                + announced + " gaps announced");
    }

    private void jambi() {
        unit(UnitKind.POLDA, "15", null, 300, 450);
        unit(UnitKind.SATPOL_PP_LINMAS, "15", null, 0, 150);
        UUID polresta = unit(UnitKind.POLRES, "15.71", null, 328, 1_026 - 328);
        unit(UnitKind.KODIM, "15.71", null, 165, 200);
        unit(UnitKind.SATPOL_PP_LINMAS, "15.71", null, 2 * JAMBI_LINMAS_TPS, 0);
        for (DeploymentRow kab : planning.plan("15").children()) {
            if (kab.regionCode().equals("15.71")) {
                continue;
            }
            PersonnelNeed need = kab.need();
            String code = kab.regionCode();
            unit(UnitKind.POLRES, code, "Polres " + shortName(kab.name()),
                    code.equals("15.01") ? percent(need.polri(), 85) : need.polri(), percent(need.polri(), 15));
            unit(UnitKind.KODIM, code, "Kodim " + kab.name(), code.equals("15.05") ? need.tni() - 10 : need.tni() + 6,
                    20);
            unit(UnitKind.SATPOL_PP_LINMAS, code, "Satpol PP " + kab.name(),
                    code.equals("15.02") ? percent(need.linmas(), 90) : need.linmas(), 0);
        }
        assignTeams(polresta, "15.71.01", "Tim Polresta");
    }

    private void ntt() {
        UUID polda = unit(UnitKind.POLDA, "53", null, POLDA_NTT_AVAILABLE, 0);
        long total = POLDA_NTT_AVAILABLE;
        total += units(unit(UnitKind.SATPOL_PP_LINMAS, "53", null, 0, 200));
        PersonnelNeed kelapaLima = planning.plan("53.71.03").region().need();
        UUID polsek = unit(UnitKind.POLSEK, "53.71.03", null, kelapaLima.polri(), 4);
        total += units(polsek);
        for (DeploymentRow kab : planning.plan("53").children()) {
            PersonnelNeed need = kab.need();
            String code = kab.regionCode();
            boolean kota = code.equals("53.71");
            long polri = NTT_SHORT_OF_POLRI.contains(code) ? percent(need.polri(), 80)
                    : kota ? need.polri() - kelapaLima.polri() : need.polri();
            total += units(unit(UnitKind.POLRES, code, kota ? null : "Polres " + shortName(kab.name()), polri,
                    kota ? 60 : 0));
            total += units(unit(UnitKind.KODIM, code, kota ? null : "Kodim " + kab.name(), need.tni() + 5, 10));
            total += units(unit(UnitKind.SATPOL_PP_LINMAS, code, kota ? null : "Satpol PP " + kab.name(),
                    NTT_SHORT_OF_LINMAS.contains(code) ? percent(need.linmas(), 90) : need.linmas(), 0));
        }
        UnitView poldaView = roster.find(polda);
        roster.update(polda, poldaView.version(), new UnitDraft(UnitKind.POLDA, poldaView.name(), "53",
                poldaView.agencyId(), POLDA_NTT_AVAILABLE, (int) Math.max(0, NTT_PERSONNEL - total)));
        assignTeams(polsek, "53.71.03", "Tim Polsek");
    }

    /** One team per desa of the kecamatan, as large as the desa's Polri need. */
    private void assignTeams(UUID unit, String kecamatan, String teamPrefix) {
        int n = 0;
        for (DeploymentRow desa : planning.plan(kecamatan).children()) {
            if (desa.need().polri() > 0) {
                teams.assign(new AssignmentDraft(unit, teamPrefix + " " + (++n) + " " + desa.name(),
                        desa.regionCode(), (int) desa.need().polri()));
            }
        }
    }

    /** A unit named after its demo agency when {@code name} is null (and linked to it). */
    private UUID unit(UnitKind kind, String regionCode, String name, long available, long standby) {
        Optional<AgencySummary> agency = agencies.page(new AgencyFilter(regionCode, AgencyType.valueOf(kind.name()),
                null, false), 0, 20).stream().filter(a -> a.regionCode().equals(regionCode)).findFirst();
        String unitName = name != null ? name : agency.map(AgencySummary::name).orElse(kind + " " + regionCode);
        return roster.create(new UnitDraft(kind, unitName, regionCode,
                name == null ? agency.map(AgencySummary::id).orElse(null) : null, (int) Math.max(0, available),
                (int) standby));
    }

    private long units(UUID unit) {
        UnitView view = roster.find(unit);
        return (long) view.available() + view.standby();
    }

    private static long percent(long value, int percent) {
        return value * percent / 100;
    }

    /** "Kabupaten Timor Tengah Selatan" → "Timor Tengah Selatan"; "Kota Sungai Penuh" → "Sungai Penuh". */
    private static String shortName(String regionName) {
        return regionName.replaceFirst("^(Kabupaten|Kota) ", "");
    }
}
