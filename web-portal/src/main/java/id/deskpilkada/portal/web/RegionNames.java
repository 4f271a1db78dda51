package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.region.RegionDirectory;
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
        // a region outside the reader's jurisdiction (an action item of their agency elsewhere) keeps its code
        return names.computeIfAbsent(code, c -> c.isEmpty() ? "Indonesia"
                : regions.names(java.util.List.of(c)).getOrDefault(c, c));
    }
}
