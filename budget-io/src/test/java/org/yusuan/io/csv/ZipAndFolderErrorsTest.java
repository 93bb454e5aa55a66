package org.yusuan.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yusuan.io.ReadException;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Fixtures;

/** Folders and zips that are not what the per-table shape writes are refused with the file named. */
class ZipAndFolderErrorsTest {

    private final BudgetDisclosure korla = Fixtures.korlaCityGovOffice();

    @Test
    void aZipWhoseFilesSitInASubFolderIsRefusedNamingTheEntry(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("nested.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("korla/disclosure.csv"));
            z.write("key,value\r\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }

        ReadException e = assertThrows(ReadException.class, () -> TableCsv.standard().readZip(zip));

        assertTrue(e.source().endsWith("nested.zip!korla/disclosure.csv"), e.getMessage());
        assertTrue(e.expected().orElseThrow().contains("root"), e.getMessage());
    }

    @Test
    void aZipWithoutMetadataIsRefused(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("empty.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("README.txt"));
            z.closeEntry();
        }

        ReadException e = assertThrows(ReadException.class, () -> TableCsv.standard().readZip(zip));

        assertTrue(e.problem().contains("no disclosure.csv"), e.getMessage());
    }

    @Test
    void aFileThatIsNotAZipIsRefused(@TempDir Path dir) throws Exception {
        Path zip = dir.resolve("not.zip");
        Files.writeString(zip, "disclosure,entity\r\n");

        ReadException e = assertThrows(ReadException.class, () -> TableCsv.standard().readZip(zip));

        assertTrue(e.source().contains("not.zip"), e.getMessage());
    }

    @Test
    void anUnexpectedCsvFileInTheFolderIsRefusedButOtherFilesAreIgnored(@TempDir Path dir) throws Exception {
        TableCsv.standard().writeFolder(korla, dir);
        Files.writeString(dir.resolve("README.txt"), "notes");
        Files.writeString(dir.resolve(".hidden.csv"), "x");
        assertEquals(korla, TableCsv.standard().readFolder(dir));

        Files.writeString(dir.resolve("t12-extra.csv"), "行类型\r\n");
        ReadException e = assertThrows(ReadException.class, () -> TableCsv.standard().readFolder(dir));

        assertTrue(e.source().endsWith("t12-extra.csv"), e.getMessage());
        assertTrue(e.expected().orElseThrow().contains("t11-carryover-detail.csv"), e.getMessage());
    }

    @Test
    void aMissingFolderIsRefused(@TempDir Path dir) {
        ReadException e = assertThrows(ReadException.class,
                () -> TableCsv.standard().readFolder(dir.resolve("absent")));

        assertEquals("not a folder", e.problem());
    }
}
