package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ExcelExportTest {

    private static final LocalDate DAY = LocalDate.of(2024, 11, 20);

    @Test
    void theFileIsNamedAfterTheListAndTheDay() {
        assertThat(ExcelExport.fileName("Pengiriman terlambat", DAY)).isEqualTo("pengiriman-terlambat_2024-11-20");
        assertThat(ExcelExport.fileName(" Wilayah / kecamatan: di bawah target! ", DAY))
                .isEqualTo("wilayah-kecamatan-di-bawah-target_2024-11-20");
        assertThat(ExcelExport.fileName(null, DAY)).isEqualTo("daftar_2024-11-20");
    }

    @Test
    void datesAreWrittenAsTheListsShowThem() {
        ExcelExport export = new ExcelExport();

        assertThat(export.dateTime(LocalDateTime.of(2024, 11, 26, 14, 5))).isEqualTo("26-11-2024 14:05");
        assertThat(export.dateTime(OffsetDateTime.of(2024, 11, 26, 14, 5, 0, 0, ZoneOffset.ofHours(8))))
                .isEqualTo("26-11-2024 14:05");
        assertThat(export.date(DAY)).isEqualTo("20-11-2024");
        assertThat(export.dateTime(null)).isEmpty();
    }
}
