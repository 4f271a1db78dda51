package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.JurisdictionRegion;
import id.deskpilkada.platform.application.region.RegionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Region code ↔ {@link JurisdictionRegion} for the jurisdiction picker. The name is looked up again through
 * {@link RegionDirectory}, which also refuses a code outside the caller's own jurisdiction. A plain CDI bean,
 * used as {@code converter="#{jurisdictionRegionConverter}"}: on Payara Micro 6 a
 * {@code @FacesConverter(managed = true)} looked up by id came without its injected fields.
 */
@Named
@ApplicationScoped
public class JurisdictionRegionConverter implements Converter<JurisdictionRegion> {

    @Inject
    RegionDirectory regions;

    @Inject
    FacesFeedback feedback;

    @Override
    public JurisdictionRegion getAsObject(FacesContext context, UIComponent component, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return regions.find(code.strip())
                .map(r -> new JurisdictionRegion(r.code(), r.name()))
                .orElseThrow(() -> new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        feedback.text("user.unknownRegion", code.strip()), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, JurisdictionRegion region) {
        return region == null ? "" : region.code();
    }
}
