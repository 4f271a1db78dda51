package id.deskpilkada.portal.web;

import id.deskpilkada.platform.application.AccessDeniedException;
import id.deskpilkada.platform.application.tps.GenerationStatus;
import id.deskpilkada.platform.application.tps.TpsGenerationJobs;
import id.deskpilkada.platform.application.tps.TpsImportReport;
import id.deskpilkada.platform.application.tps.TpsImporter;
import id.deskpilkada.platform.domain.tps.TpsProblem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.primefaces.event.FileUploadEvent;

/**
 * The TPS import page: an uploaded file is dry-run at once (counts and every bad row), then applied as a
 * whole with one button; the same file is applied again from memory, so what the report showed is what gets
 * written (the apply step recomputes the plan in its transaction). Below, the synthetic generator with a
 * progress bar that polls the background job.
 */
@Named
@ViewScoped
public class TpsImport implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient TpsImporter importer;

    @Inject
    transient TpsGenerationJobs generation;

    @Inject
    transient TpsMessages messages;

    private String fileName;
    private byte[] content;
    private TpsImportReport report;

    private String generatorRegions;
    private UUID job;
    private GenerationStatus lastStatus;

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        content = event.getFile().getContent();
        try {
            report = importer.dryRun(reader());
        } catch (AccessDeniedException e) {
            messages.refused(e, null, null);
        }
    }

    public void apply() {
        if (content == null || report == null || !report.applicable()) {
            return;
        }
        try {
            report = importer.apply(reader());
        } catch (AccessDeniedException e) {
            messages.refused(e, null, null);
            return;
        }
        if (report.applied()) {
            messages.info("tps.import.applied", report.added(), report.updated(), report.unchanged());
            content = null;
        } else if (report.applicable()) {
            messages.info("tps.import.nothingToDo", report.unchanged());
        } else {
            messages.error("tps.import.changedSinceDryRun");
        }
    }

    /** One problem of the report in the user's language. */
    public String problemText(TpsProblem problem) {
        return messages.problem(problem);
    }

    public void generate() {
        List<String> regions = generatorRegions == null ? List.of()
                : Arrays.stream(generatorRegions.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            lastStatus = generation.start(regions);
            job = lastStatus.id();
        } catch (IllegalStateException e) {
            messages.error("tps.import.generator.busy");
        } catch (RuntimeException e) {
            messages.refused(e, generatorRegions, null);
        }
    }

    /** Percent done of the running generation, for the progress bar; 100 also when it failed, to stop polling. */
    public int getProgress() {
        GenerationStatus status = getGeneration();
        if (status == null) {
            return 0;
        }
        return status.finished() ? 100 : status.percent();
    }

    public GenerationStatus getGeneration() {
        if (job != null && (lastStatus == null || !lastStatus.finished())) {
            lastStatus = generation.status(job).orElse(lastStatus);
        }
        return lastStatus;
    }

    public void generationFinished() {
        GenerationStatus status = getGeneration();
        if (status == null || !status.finished()) {
            return;
        }
        if (status.failed()) {
            messages.error("tps.import.generator.failed", status.error());
        } else {
            messages.info("tps.import.generator.done", status.report().written(), status.report().voters(),
                    status.report().millis());
        }
    }

    /** Per region code of the finished run: TPS written, earlier synthetic ones removed, villages skipped. */
    public String getGenerationSummary() {
        GenerationStatus status = getGeneration();
        if (status == null || status.report() == null) {
            return "";
        }
        return status.report().regions().stream()
                .map(r -> messages.format("tps.import.generator.region", r.prefix().isEmpty() ? "ID" : r.prefix(),
                        r.written(), r.voters(), r.removed(), r.skippedVillages()))
                .collect(Collectors.joining(" · "));
    }

    private Reader reader() {
        return new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
    }

    public boolean isApplicable() {
        return content != null && report != null && report.applicable() && !report.applied();
    }

    public String getFileName() {
        return fileName;
    }

    public TpsImportReport getReport() {
        return report;
    }

    public String getGeneratorRegions() {
        return generatorRegions;
    }

    public void setGeneratorRegions(String generatorRegions) {
        this.generatorRegions = generatorRegions;
    }
}
