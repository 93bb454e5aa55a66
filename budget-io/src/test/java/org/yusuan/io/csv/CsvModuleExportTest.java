package org.yusuan.io.csv;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CSV API package is exported and its implementation package is not. */
class CsvModuleExportTest {

    @Test
    void exportsTheCsvPackageButNotItsInternals() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = TableCsv.class.getResourceAsStream("/module-info.class")) {
            descriptor = ModuleDescriptor.read(in);
        }
        Set<String> exported = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertTrue(exported.contains("org.yusuan.io.csv"), exported.toString());
        assertFalse(exported.contains("org.yusuan.io.csv.internal"), exported.toString());
    }
}
