package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import id.deskpilkada.platform.domain.Role;
import id.deskpilkada.security.application.RegionalIndex;
import id.deskpilkada.security.domain.IndexLevel;
import id.deskpilkada.security.domain.IndexResult;
import id.deskpilkada.security.domain.IndexTier;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The home page's regional vulnerability card for security, leadership and administrators: kab/kota of the
 * user's jurisdiction per IKP level and the highest ones — read from the stored results (at most ~550 rows).
 */
@Named
@RequestScoped
public class SecurityDashboard {

    static final int TOP = 5;

    @Inject
    RegionalIndex index;

    @Inject
    RegionDirectory regions;

    @Inject
    CurrentUser user;

    private Map<IndexLevel, Long> levels;
    private List<IndexResult> top;

    public boolean isVisible() {
        return user.hasRole(Role.SECURITY) || user.hasRole(Role.LEADERSHIP) || user.hasRole(Role.ADMIN);
    }

    public Map<IndexLevel, Long> getLevels() {
        if (levels == null) {
            levels = index.levels(IndexTier.KABKOTA, "");
        }
        return levels;
    }

    public List<IndexResult> getTop() {
        if (top == null) {
            top = index.ranking(IndexTier.KABKOTA, "", 0, TOP);
        }
        return top;
    }

    public String nameOf(String code) {
        return regions.find(code).map(RegionSummary::name).orElse(code);
    }
}
