package org.yusuan.model;

import org.immutables.value.Value;

/**
 * A section of the explanatory part of a disclosure (情况说明), such as {@code 一、关于库尔勒市人民政府办公室 2024
 * 年收支预算情况总体说明}: its title and its text, both as printed.
 */
@Value.Immutable
public abstract class NarrativeSection {

    /** Only the generated {@code ImmutableNarrativeSection} extends this type. */
    NarrativeSection() {
    }

    /**
     * The section's title, exactly as printed, numbering included.
     *
     * @return the title, never null
     */
    public abstract String getTitle();

    /**
     * The section's text, exactly as printed, paragraphs separated by a line feed.
     *
     * @return the text, possibly empty, never null
     */
    public abstract String getText();

    /**
     * A new builder. Title and text are required.
     *
     * @return a builder, never null
     */
    public static ImmutableNarrativeSection.Builder builder() {
        return ImmutableNarrativeSection.builder();
    }
}
