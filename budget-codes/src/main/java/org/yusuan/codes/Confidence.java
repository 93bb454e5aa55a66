package org.yusuan.codes;

/**
 * How sure the catalog data is of an entry (the {@code confidence} column of a catalog file).
 */
public enum Confidence {
    /** The code and name were established from the official catalog. */
    CERTAIN("certain"),
    /** The code, its exact wording or its validity for the year could not be confirmed; the entry's note says why. */
    UNCERTAIN("uncertain");

    private final String token;

    Confidence(String token) {
        this.token = token;
    }

    /**
     * The word used for this value in catalog files.
     *
     * @return "certain" or "uncertain", never null
     */
    public String token() {
        return token;
    }

    /**
     * The value a catalog file's word stands for.
     *
     * @param token "certain" or "uncertain", not null
     * @return the value, never null
     * @throws IllegalArgumentException if the word is neither
     */
    public static Confidence ofToken(String token) {
        for (Confidence confidence : values()) {
            if (confidence.token.equals(token)) {
                return confidence;
            }
        }
        throw new IllegalArgumentException("confidence must be \"certain\" or \"uncertain\", not \"" + token + "\"");
    }
}
