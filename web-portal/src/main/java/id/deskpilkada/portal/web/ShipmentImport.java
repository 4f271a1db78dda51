package id.deskpilkada.portal.web;

import id.deskpilkada.logistics.application.ShipmentImportReport;
import id.deskpilkada.logistics.application.ShipmentPlanImport;
import id.deskpilkada.logistics.domain.PlanRowProblem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.primefaces.event.FileUploadEvent;

/**
 * The plan page's file tab: an uploaded plan file is checked at once (shipments and lines it would create,
 * every bad row), checked again on demand, and applied as a whole. The bytes are kept for the view so that the
 * check and the apply read the same file; the apply step recomputes the plan in its own transaction.
 */
@Named
@ViewScoped
public class ShipmentImport implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Far above {@value id.deskpilkada.logistics.domain.PlanCsv#MAX_ROWS} rows of a plan file. */
    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    transient ShipmentPlanImport importer;

    @Inject
    transient FacesFeedback feedback;

    @Inject
    transient ChangeFeedback changes;

    private String fileName;
    private byte[] content;
    private ShipmentImportReport report;

    public void upload(FileUploadEvent event) {
        if (event.getFile().getSize() > MAX_BYTES) {
            feedback.error("shipment.import.tooLarge");
            return;
        }
        fileName = event.getFile().getFileName();
        content = event.getFile().getContent();
        dryRun();
    }

    /** "Periksa": the dry run of the uploaded file. */
    public void dryRun() {
        if (content == null) {
            feedback.error("import.noFile");
            return;
        }
        report = run(importer::dryRun);
    }

    /** "Terapkan": all shipments of the file, or none. */
    public void apply() {
        if (content == null || report == null || !report.applicable() || report.applied()) {
            feedback.error("import.dryRunFirst");
            return;
        }
        ShipmentImportReport[] applied = new ShipmentImportReport[1];
        // a number taken by somebody else between the check and the apply is refused by the service
        if (!changes.attempt(() -> applied[0] = run(importer::apply))) {
            return;
        }
        report = applied[0];
        if (report.applied()) {
            feedback.info("shipment.import.applied", report.shipments(), report.lines());
            content = null;
        } else {
            feedback.error("shipment.import.changedSinceDryRun");
        }
    }

    private ShipmentImportReport run(Function<Reader, ShipmentImportReport> step) {
        return step.apply(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8));
    }

    /** One problem of the report in the user's language. */
    public String problemText(PlanRowProblem problem) {
        return feedback.textOrEnglish(problem.messageKey(), problem.message(), problem.arguments().toArray());
    }

    public boolean isApplicable() {
        return content != null && report != null && report.applicable() && !report.applied();
    }

    public String getFileName() {
        return fileName;
    }

    public ShipmentImportReport getReport() {
        return report;
    }
}
