package org.yusuan.io.text.internal;

import java.util.List;
import org.yusuan.model.ImmutableBudgetDisclosure;

/**
 * Reads the parts of a disclosure outside its tables into the disclosure being built.
 */
public final class DocumentParts {

    private DocumentParts() {
    }

    /**
     * Reads the parts outside the tables.
     *
     * @param lines all lines
     * @param located where the tables are
     * @param context the context
     * @param identity the identity
     * @param disclosure the disclosure being built
     */
    public static void read(List<TextLine> lines, TableLocator.Located located, ReadContext context,
            DocumentIdentity identity, ImmutableBudgetDisclosure.Builder disclosure) {
        // the overview, narrative, other matters and performance sheets are read by their own readers (added below)
    }
}
