package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.CatalogueChange;
import id.deskpilkada.logistics.application.ElectionSetting;
import id.deskpilkada.logistics.application.ItemCatalogue;
import id.deskpilkada.logistics.domain.NeedChanges;
import id.deskpilkada.platform.application.region.RegionDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The elections held per region (nation, province, kab/kota) that multiply the per-election items: the settings
 * that concern the user, and a form to set or remove one for a region of their jurisdiction, previewed first.
 */
@Named
@ViewScoped
public class ElectionsEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_ELECTIONS = 2;
    /** Elections are set for provinces (level 1) and kabupaten/kota (level 2). */
    private static final int MAX_LEVEL = 2;

    /** What a preview was computed for. */
    record Content(String regionPrefix, Integer elections) implements Serializable {
    }

    @Inject
    transient ItemCatalogue catalogue;

    @Inject
    transient RegionDirectory regions;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    private transient List<ElectionSetting> settings;
    private boolean editable;
    /** The national setting, chosen from its row (the region field offers provinces and kab/kota). */
    private boolean national;
    private String nationalName;
    private String region;
    private Integer elections = DEFAULT_ELECTIONS;
    private boolean inherit;
    private Integer current;
    private final PreviewState<Content> preview = new PreviewState<>();

    @PostConstruct
    void init() {
        editable = catalogue.maySetElections();
    }

    public List<String> completeRegion(String query) {
        return RegionChoice.suggestions(regions, query, MAX_LEVEL);
    }

    public void edit(ElectionSetting setting) {
        national = setting.regionPrefix().isEmpty();
        nationalName = setting.regionName();
        region = national ? null : RegionChoice.label(setting.regionPrefix(), setting.regionName());
        elections = setting.elections();
        inherit = false;
        regionChosen();
    }

    public void clear() {
        national = false;
        region = null;
        elections = DEFAULT_ELECTIONS;
        inherit = false;
        current = null;
        preview.forget();
    }

    /** Shows what the region holds now, its own setting or the inherited one. */
    public void regionChosen() {
        preview.forget();
        String prefix = prefix();
        current = null;
        if (prefix != null) {
            changes.attempt(() -> current = catalogue.electionsIn(prefix));
        }
    }

    public void preview() {
        Content content = content();
        if (content == null) {
            feedback.error("catalogue.elections.chooseRegion");
            return;
        }
        preview.compute(changes, content, () -> catalogue.previewElections(content.regionPrefix(),
                content.elections()));
    }

    /** Saves what the preview showed; a form changed since then is previewed again first. */
    public void save() {
        Content content = content();
        if (content == null || !preview.shows(content)) {
            preview();
            if (preview.getChanges() != null) {
                feedback.error("catalogue.previewFirst");
            }
            return;
        }
        CatalogueChange[] saved = new CatalogueChange[1];
        if (changes.attempt(() -> saved[0] = catalogue.setElections(content.regionPrefix(), content.elections()))) {
            CatalogueEditor.tellSaved(feedback, saved[0], "catalogue.elections.saved",
                    national ? nationalName : region);
            settings = null;
            clear();
        }
    }

    /** The region the form is about: "" for the nation, null when none was chosen. */
    private String prefix() {
        return national ? "" : RegionChoice.codeOf(region);
    }

    private Content content() {
        String prefix = prefix();
        return prefix == null ? null : new Content(prefix, inherit ? null : elections);
    }

    public List<ElectionSetting> getSettings() {
        if (settings == null) {
            settings = catalogue.elections();
        }
        return settings;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isNational() {
        return national;
    }

    public String getNationalName() {
        return nationalName;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getElections() {
        return elections;
    }

    public void setElections(Integer elections) {
        this.elections = elections;
    }

    public boolean isInherit() {
        return inherit;
    }

    public void setInherit(boolean inherit) {
        this.inherit = inherit;
    }

    public Integer getCurrent() {
        return current;
    }

    public NeedChanges getPreview() {
        return preview.getChanges();
    }
}
