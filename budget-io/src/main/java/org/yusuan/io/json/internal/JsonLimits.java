package org.yusuan.io.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * The read constraints of the JSON format, set deliberately rather than left at Jackson's defaults, and the one
 * {@link JsonFactory} built with them. A disclosure document is a few hundred kilobytes and at most seven levels
 * deep; the limits leave ample room for real documents and none for hostile ones.
 */
public final class JsonLimits {

    /** Deepest nesting of objects and arrays: the format needs 7. */
    public static final int MAX_NESTING_DEPTH = 32;

    /** Longest number token, in characters: the longest decimal the format allows, with some slack. */
    public static final int MAX_NUMBER_LENGTH = 64;

    /** Longest string value, in characters: a narrative section is a few thousand. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    /** Longest field name, in characters: the format's longest is under 40. */
    public static final int MAX_NAME_LENGTH = 200;

    /** Longest document (one JSON document, or one line of JSON Lines), in bytes or characters: 64 MiB. */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    /** Most tokens in one document. */
    public static final long MAX_TOKEN_COUNT = 10_000_000L;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .maxTokenCount(MAX_TOKEN_COUNT)
                    .build())
            // A field given twice is refused by the reader itself, which names the field and where it is.
            // Strict JSON only: no comments, NaN, leading zeros, single quotes or trailing commas.
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            // Locations in errors name line and column, never echo the input.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private JsonLimits() {
    }

    /**
     * The factory every reader and writer of the format uses; thread-safe.
     *
     * @return the factory, never null
     */
    public static JsonFactory factory() {
        return FACTORY;
    }
}
