package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.CatalogueChange;
import id.deskpilkada.logistics.application.CatalogueItem;
import id.deskpilkada.logistics.application.ItemCatalogue;
import id.deskpilkada.logistics.domain.NeedChanges;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The item catalogue: every item with its need formula, and for national officers the dialog that adds,
 * changes and retires items — always through a preview of what the change does to the TPS needs before it
 * can be saved. The service checks role and jurisdiction again on every call; the page only hides what would fail.
 */
@Named
@ViewScoped
public class CatalogueEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The national preview, with a row per province. */
    private static final String NATION = "";

    @Inject
    transient ItemCatalogue catalogue;

    @Inject
    transient ChangeFeedback changes;

    @Inject
    transient FacesFeedback feedback;

    private transient List<CatalogueItem> items;
    private boolean editable;
    private final ItemForm form = new ItemForm();
    private final PreviewState<ItemForm.Content> preview = new PreviewState<>();

    @PostConstruct
    void init() {
        editable = catalogue.mayChangeItems();
    }

    public void newItem() {
        form.clear();
        preview.forget();
    }

    public void edit(CatalogueItem item) {
        form.load(item);
        preview.forget();
    }

    /** Retiring changes every TPS's kit too: the dialog opens with its preview. */
    public void retire(CatalogueItem item) {
        form.load(item);
        form.setActive(false);
        preview();
    }

    public void preview() {
        preview.compute(changes, form.content(), () -> form.isCreating()
                ? catalogue.previewAdd(form.spec(), NATION)
                : catalogue.previewChange(form.spec(), form.isActive(), NATION));
    }

    /** Saves what the preview showed; a form changed since then is previewed again first. */
    public void save() {
        if (!preview.shows(form.content())) {
            preview();
            if (preview.getChanges() != null) {
                feedback.error("catalogue.previewFirst");
            }
            return;
        }
        CatalogueChange[] saved = new CatalogueChange[1];
        if (changes.attempt(() -> saved[0] = form.isCreating() ? catalogue.add(form.spec())
                : catalogue.change(form.getCode(), form.getVersion(), form.spec(), form.isActive()))) {
            tellSaved(feedback, saved[0], "catalogue.saved", saved[0].item().name());
            preview.forget();
            PrimeFaces.current().executeScript("PF('itemDialog').hide()");
        }
        items = null;
    }

    /** The saved message, and what re-checking the TPS kits did where needs changed. */
    static void tellSaved(FacesFeedback feedback, CatalogueChange change, String key, Object subject) {
        feedback.info(key, subject);
        if (change.recount() != null) {
            feedback.info("catalogue.readinessRechecked", change.recount().tpsNowReady(),
                    change.recount().tpsNoLongerReady());
        }
    }

    public boolean isEditable() {
        return editable;
    }

    public List<CatalogueItem> getItems() {
        if (items == null) {
            items = catalogue.items();
        }
        return items;
    }

    public ItemForm getForm() {
        return form;
    }

    public NeedChanges getPreview() {
        return preview.getChanges();
    }
}
