package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.region.RegionImportReport;
import id.deskpilkada.platform.application.region.RegionImporter;
import id.deskpilkada.platform.domain.region.ImportProblem;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.InputStreamReader;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.primefaces.model.file.UploadedFile;

/**
 * Uploading a newer region file: the dry run shows what would change and every bad row; only then can the
 * administrator apply it, all or nothing. The file is kept for the view so both steps read the same bytes.
 */
@Named
@ViewScoped
public class RegionImport implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int MAX_BYTES = 20 * 1024 * 1024;

    @Inject
    transient RegionImporter importer;

    @Inject
    transient Messages messages;

    @Inject
    transient FacesFeedback feedback;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private RegionImportReport report;

    public void dryRun() {
        if (file != null && file.getSize() > 0) {
            if (file.getSize() > MAX_BYTES) {
                error("import.tooLarge");
                return;
            }
            content = file.getContent();
            fileName = file.getFileName();
        }
        if (content == null) {
            error("import.noFile");
            return;
        }
        report = run(importer::dryRun);
    }

    public void apply() {
        if (content == null || report == null || !report.applicable()) {
            error("import.dryRunFirst");
            return;
        }
        report = run(importer::apply);
        if (report.applied()) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.get("import.applied"), null));
        }
    }

    private RegionImportReport run(Function<Reader, RegionImportReport> step) {
        return step.apply(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
    }

    private void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    /** One bad row of the report in the user's language, as the page and its Excel export word it. */
    public String problemText(ImportProblem problem) {
        return feedback.text("import.problem." + problem.kind().name(), problem.code(), problem.detail());
    }

    public RegionImportReport getReport() {
        return report;
    }
}
