package org.yusuan.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the packages budget-codes exports: implementation stays in {@code internal}. */
class ModuleExportsTest {

    @Test
    void exportsOnlyTheApiPackage() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = FunctionalCode.class.getResourceAsStream("/module-info.class")) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals("org.yusuan.codes", descriptor.name());
        assertEquals(Set.of("org.yusuan.codes"), descriptor.exports().stream()
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    }
}
