package id.deskpilkada.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
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
    void columnsAreFittedOnceToTheFirstRowsOfALongList() throws Exception {
        ExcelExport export = new ExcelExport();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ExcelExport.MEASURED_ROWS)) {
            SXSSFSheet sheet = workbook.createSheet();
            int narrow = sheet.getColumnWidth(1);
            for (int r = 0; r < 250; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("x");
                row.createCell(1).setCellValue(r == 0 ? "Desa/kelurahan" : "53.71.05.1005 Naikoten Dua");
                export.fitColumnsToFirstRows(workbook);
                if (r == ExcelExport.MEASURED_ROWS - 2) {
                    assertThat(sheet.getColumnWidth(1)).isEqualTo(narrow);
                }
            }
            int fitted = sheet.getColumnWidth(1);
            export.fitColumnsOfShortList(workbook);

            assertThat(fitted).isGreaterThan(narrow).isGreaterThan(sheet.getColumnWidth(0));
            assertThat(sheet.getColumnWidth(1)).isEqualTo(fitted);
            workbook.dispose();
        }
    }

    @Test
    void aShortListIsFittedAtItsEnd() throws Exception {
        ExcelExport export = new ExcelExport();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ExcelExport.MEASURED_ROWS)) {
            SXSSFSheet sheet = workbook.createSheet();
            int narrow = sheet.getColumnWidth(0);
            sheet.createRow(0).createCell(0).setCellValue("Nama pengguna");
            sheet.createRow(1).createCell(0).setCellValue("sekretariat.jambi");

            export.fitColumnsOfShortList(workbook);

            assertThat(sheet.getColumnWidth(0)).isGreaterThan(narrow);
            workbook.dispose();
        }
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
