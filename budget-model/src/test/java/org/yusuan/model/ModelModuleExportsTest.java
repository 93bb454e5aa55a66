package org.yusuan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins the packages budget-model exports, and that it opens none: reflective tools need only the exports. */
class ModelModuleExportsTest {

    @Test
    void exportsOnlyTheModelPackages() throws IOException {
        ModuleDescriptor descriptor = descriptor();
        assertEquals("org.yusuan.model", descriptor.name());
        assertEquals(Set.of("org.yusuan.model", "org.yusuan.model.table", "org.yusuan.model.matters",
                        "org.yusuan.model.performance"),
                descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    }

    @Test
    void opensNothingBecauseBeanValidationReadsThePublicGettersOfExportedPackages() throws IOException {
        // The tests run inside the named module (surefire patches them in), so BeanValidationTest proves that
        // Hibernate Validator, on the class path, reads the model through these exports alone.
        assertTrue(BudgetDisclosure.class.getModule().isNamed(), "tests should run on the module path");
        ModuleDescriptor descriptor = descriptor();
        assertFalse(descriptor.isOpen());
        assertEquals(Set.of(), descriptor.opens());
    }

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = BudgetDisclosure.class.getResourceAsStream("/module-info.class")) {
            return ModuleDescriptor.read(in);
        }
    }
}
