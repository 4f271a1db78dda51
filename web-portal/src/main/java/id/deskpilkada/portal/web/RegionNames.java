package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.region.RegionDirectory;
import id.deskpilkada.platform.application.region.RegionSummary;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;

/** Region names for tables that list region codes, each looked up once per request. */
@Named
@RequestScoped
public class RegionNames {

    @Inject
    RegionDirectory regions;

    private final Map<String, String> names = new HashMap<>();

    public String of(String code) {
        return names.computeIfAbsent(code, c -> c.isEmpty() ? "Indonesia"
                : regions.find(c).map(RegionSummary::name).orElse(c));
    }
}
