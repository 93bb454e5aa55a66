package org.yusuan.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plain Jackson (普通 Jackson) as a user would set it up for {@link PlainDisclosure}: a default {@link ObjectMapper}
 * that leaves absent fields out when writing, as {@code BudgetJson} does.
 */
public final class PlainJackson {

    private PlainJackson() {
    }

    /**
     * A new mapper: Jackson's defaults, and null fields not written.
     *
     * @return the mapper, never null
     */
    public static ObjectMapper mapper() {
        return new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }
}
